package main

import "fmt"

type Server struct {
	Name string
	Addr struct {
		Host string
		Port int
	}
	Limits struct{ Max, Min int }
}

func main() {
	var s Server
	s.Name = "api"
	s.Addr.Host = "localhost"
	s.Addr.Port = 8080
	s.Limits.Max = 10
	fmt.Println(s)
	fmt.Printf("%+v\n", s)
	t := s
	t.Addr.Port = 9090
	fmt.Println(s.Addr.Port, t.Addr.Port)
	fmt.Println(s == t, s.Limits == t.Limits)
	fmt.Printf("%T\n", s.Addr)
}

// Output:
// {api {localhost 8080} {10 0}}
// {Name:api Addr:{Host:localhost Port:8080} Limits:{Max:10 Min:0}}
// 8080 9090
// false true
// struct { Host string; Port int }

package main

import "fmt"

type Config struct {
	Host    string
	Port    int
	Debug   bool
	Retries int
	Tags    []string
}

func main() {
	c := Config{Port: 8080}
	fmt.Printf("%q %d %v %d %v\n", c.Host, c.Port, c.Debug, c.Retries, c.Tags == nil)
	d := Config{Host: "local", Debug: true}
	fmt.Printf("%q %d %v %d\n", d.Host, d.Port, d.Debug, d.Retries)
	e := Config{}
	fmt.Printf("%+v\n", e)
	fmt.Printf("%+v\n", d)
}

// Output:
// "" 8080 false 0 true
// "local" 0 true 0
// {Host: Port:0 Debug:false Retries:0 Tags:[]}
// {Host:local Port:0 Debug:true Retries:0 Tags:[]}

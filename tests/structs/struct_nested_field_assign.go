package main

import "fmt"

type Addr struct {
	Street string
	Zip    int
}

type User struct {
	Name string
	Home Addr
	Work Addr
}

func main() {
	var u User
	u.Name = "Eve"
	u.Home.Street = "Elm"
	u.Home.Zip = 1234
	u.Work = u.Home
	u.Work.Street = "Main"
	u.Work.Zip++
	fmt.Println(u.Home)
	fmt.Println(u.Work)
	u.Home = Addr{"Oak", 99}
	fmt.Println(u.Home.Street, u.Home.Zip, u.Work.Street)
	fmt.Printf("%+v\n", u)
}

// Output:
// {Elm 1234}
// {Main 1235}
// Oak 99 Main
// {Name:Eve Home:{Street:Oak Zip:99} Work:{Street:Main Zip:1235}}

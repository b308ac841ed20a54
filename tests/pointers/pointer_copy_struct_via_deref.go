package main

import "fmt"

type Doc struct {
	Title string
	Pages int
	Tags  []string
}

func main() {
	orig := &Doc{"go", 100, []string{"lang"}}
	cp := *orig
	cp.Title = "copy"
	cp.Pages = 1
	fmt.Println(orig.Title, orig.Pages)
	fmt.Println(cp.Title, cp.Pages)
	cp.Tags[0] = "shared"
	fmt.Println(orig.Tags, cp.Tags)
	p2 := &cp
	p2.Pages = 2
	fmt.Println(cp.Pages, orig.Pages)
}

// Output:
// go 100
// copy 1
// [shared] [shared]
// 2 100

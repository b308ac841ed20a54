package main

func crash(i int) {
	var s []int
	_ = s[i]
}

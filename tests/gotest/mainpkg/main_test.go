package main

import "testing"

func TestGreeting(t *testing.T) {
	if g := greeting("gosh"); g != "hello, gosh" {
		t.Errorf("greeting = %q", g)
	}
}

func TestMainRuns(t *testing.T) {
	main()
}

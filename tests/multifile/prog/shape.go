package main

import "fmt"

type shape struct{ w, h int }

func (s shape) area() int { return s.w * s.h }

func describe(s shape) string { return fmt.Sprintf("%dx%d", s.w, s.h) }

func init() { fmt.Println("init in shape.go") }

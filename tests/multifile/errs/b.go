package main

import "os"

func hello() string { return "hi" + x }

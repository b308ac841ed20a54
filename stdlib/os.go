// Package os: the program's arguments and exit, as in Go.
package os

var Args []string = runtimeArgs()

func runtimeArgs() []string
func Exit(code int)

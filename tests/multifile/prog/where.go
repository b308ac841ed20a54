package main

import (
	f "fmt"
	"path/filepath"
	"runtime"
)

func count() int { return 41 }

func init() { f.Println("init in where.go") }

func where() string {
	_, file, line, _ := runtime.Caller(0)
	return f.Sprintf("%s:%d", filepath.Base(file), line)
}

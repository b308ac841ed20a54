// A package-level name may not also come from a dot import; the dot
// import's name is the one a use finds (Go's file scope is innermost).
package main

import . "strings"

func Split() {}

func main() { Split() }

// Error:
// 7:6: Split already declared through dot-import of package strings ("strings")
// 9:15: not enough arguments in call to Split

// filepath.ErrBadPattern is a value of its own: Match, Glob and
// path.Match return errors that compare equal only within their package.
package main

import (
	"errors"
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	fmt.Println(filepath.ErrBadPattern, filepath.ErrBadPattern == path.ErrBadPattern)
	_, err := filepath.Match("[", "x")
	fmt.Println(err == filepath.ErrBadPattern, err == path.ErrBadPattern)
	_, err = path.Match("[", "x")
	fmt.Println(err == filepath.ErrBadPattern, err == path.ErrBadPattern)
	_, err = filepath.Glob("a/[")
	fmt.Println(errors.Is(err, filepath.ErrBadPattern), errors.Is(err, path.ErrBadPattern))
}

// Output:
// syntax error in pattern false
// true false
// false true
// true false

package multi

import (
	"fmt"
	"strings"
)

func Shout(s string) string { return fmt.Sprintf("%s!", strings.Repeat(Upper(s), 2)) }

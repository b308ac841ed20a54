package multierr

import "strings"

func Up(s string) string { return strings.ToUpper(s) + missing }

package main

import (
	"fmt"
	str "strings"
	"strconv"
)

func main() {
	println(strconv.Itoa(1))
}

// Error:
// 4:2: imported and not used: "fmt"
// 5:2: imported and not used: "strings" as str

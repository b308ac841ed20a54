// A dot import none of whose names is used is an error, as any import.
package main

import . "strings"
import . "fmt"

func main() {}

// Error:
// 4:8: imported and not used: "strings"
// 5:8: imported and not used: "fmt"

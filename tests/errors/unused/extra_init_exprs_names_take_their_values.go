// With more values than names, each name still takes its value's type and
// is reported unused; one whose value failed is not.
package main

func main() {
	var c, d int = 1, 2, 3
	var e, f = 1, "x", 3
	var g, h = undefinedName, 2, 3
}

// Error:
// 6:6: c declared but not used
// 6:9: d declared but not used
// 6:23: extra init expr 3
// 7:6: e declared but not used
// 7:9: f declared but not used
// 7:21: extra init expr 3
// 8:9: h declared but not used
// 8:13: undefined: undefinedName
// 8:31: extra init expr 3

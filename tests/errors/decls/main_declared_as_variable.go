package main

var main = 1

// Error:
// 3:5: cannot declare main - must be func

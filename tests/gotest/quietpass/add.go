package quietpass

// Add is what the tests check.
func Add(a, b int) int { return a + b }

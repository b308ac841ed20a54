module subtests

go 1.19

module cleanup

go 1.19

module panics

go 1.19

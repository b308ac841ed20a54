module notests

go 1.19

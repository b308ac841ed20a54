module tb

go 1.19

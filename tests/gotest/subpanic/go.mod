module subpanic

go 1.19

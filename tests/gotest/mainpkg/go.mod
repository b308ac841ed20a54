module mainpkg

go 1.19

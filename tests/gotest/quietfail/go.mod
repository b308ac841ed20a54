module quietfail

go 1.19

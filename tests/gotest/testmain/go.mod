module testmain

go 1.19

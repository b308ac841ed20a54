module runfilter

go 1.19

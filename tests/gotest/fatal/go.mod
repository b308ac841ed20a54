module fatal

go 1.19

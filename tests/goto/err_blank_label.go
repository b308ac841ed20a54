package main

// The blank label declares nothing: it need not be used, and no goto,
// break or continue can name it.
func main() {
_:
	for {
		break _
	}
_:
	goto _
}

// Error:
// 8:9: break label not defined: _
// 11:7: label _ not defined

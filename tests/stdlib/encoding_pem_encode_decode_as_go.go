package main

import (
	"encoding/pem"
	"fmt"
	"os"
	"strings"
)

func show(data string) {
	rest := []byte(data)
	for {
		b, r := pem.Decode(rest)
		if b == nil {
			fmt.Printf("no more; rest %q\n", r)
			return
		}
		fmt.Printf("%q %v %q\n", b.Type, b.Headers, b.Bytes)
		rest = r
	}
}

func main() {
	b := &pem.Block{Type: "MESSAGE", Headers: map[string]string{"Proc-Type": "4,ENCRYPTED", "Animal": "Gopher", "Comment": " x "}, Bytes: []byte(strings.Repeat("hello, world! ", 10))}
	out := pem.EncodeToMemory(b)
	os.Stdout.Write(out)
	pem.Encode(os.Stdout, &pem.Block{Type: "EMPTY"})
	pem.Encode(os.Stdout, &pem.Block{Type: "SHORT", Bytes: []byte("abc")})
	fmt.Println(pem.EncodeToMemory(&pem.Block{Type: "X", Headers: map[string]string{"a:b": "c"}}) == nil)
	fmt.Println(pem.Encode(os.Stdout, &pem.Block{Type: "X", Headers: map[string]string{"a:b": "c"}}))
	show(string(out))
	show("junk before\n" + string(out) + "-----BEGIN EMPTY-----\n-----END EMPTY-----\ntrailing\n")
	show("-----BEGIN A-----\r\nYWJj\r\n-----END A-----\r\nafter")
	show("-----BEGIN A-----\nYWJj\n-----END B-----\n-----BEGIN C-----\n YW Jj\t\n-----END C-----   \n")
	show("-----BEGIN A-----\nnot base64!\n-----END A-----\n")
	show("-----BEGIN A-----\nKey: value\n\nYWJj\n-----END A-----")
	show("-----BEGIN A\nYWJj\n-----END A-----\n")
	show("-----BEGIN A-----\nYWJj\n-----END A----- x\n")
	show("")
}

// Output:
// -----BEGIN MESSAGE-----
// Proc-Type: 4,ENCRYPTED
// Animal: Gopher
// Comment:  x 
//
// aGVsbG8sIHdvcmxkISBoZWxsbywgd29ybGQhIGhlbGxvLCB3b3JsZCEgaGVsbG8s
// IHdvcmxkISBoZWxsbywgd29ybGQhIGhlbGxvLCB3b3JsZCEgaGVsbG8sIHdvcmxk
// ISBoZWxsbywgd29ybGQhIGhlbGxvLCB3b3JsZCEgaGVsbG8sIHdvcmxkISA=
// -----END MESSAGE-----
// -----BEGIN EMPTY-----
// -----END EMPTY-----
// -----BEGIN SHORT-----
// YWJj
// -----END SHORT-----
// true
// pem: cannot encode a header key that contains a colon
// "MESSAGE" map[Animal:Gopher Comment:x Proc-Type:4,ENCRYPTED] "hello, world! hello, world! hello, world! hello, world! hello, world! hello, world! hello, world! hello, world! hello, world! hello, world! "
// no more; rest ""
// "MESSAGE" map[Animal:Gopher Comment:x Proc-Type:4,ENCRYPTED] "hello, world! hello, world! hello, world! hello, world! hello, world! hello, world! hello, world! hello, world! hello, world! hello, world! "
// "EMPTY" map[] ""
// no more; rest "trailing\n"
// "A" map[] "abc"
// no more; rest "after"
// "C" map[] "abc"
// no more; rest ""
// no more; rest "-----BEGIN A-----\nnot base64!\n-----END A-----\n"
// "A" map[Key:value] "abc"
// no more; rest ""
// no more; rest "-----BEGIN A\nYWJj\n-----END A-----\n"
// no more; rest "-----BEGIN A-----\nYWJj\n-----END A----- x\n"
// no more; rest ""

package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"fmt"
	"hash"
	"io"
	"strings"
)

func main() {
	data := []byte("The quick brown fox jumps over the lazy dog")
	fmt.Printf("%x\n", md5.Sum(data))
	fmt.Printf("%x\n", sha1.Sum(data))
	fmt.Printf("%x\n", sha256.Sum256(data))
	fmt.Printf("%x\n", sha256.Sum224(data))
	fmt.Printf("%x\n", sha512.Sum512(data))
	fmt.Printf("%x\n", sha512.Sum384(data))
	fmt.Printf("%x\n", sha512.Sum512_224(data))
	fmt.Printf("%x\n", sha512.Sum512_256(data))
	fmt.Printf("%x\n", md5.Sum(nil))
	hs := []hash.Hash{md5.New(), sha1.New(), sha256.New(), sha256.New224(), sha512.New(), sha512.New384(), sha512.New512_224(), sha512.New512_256()}
	for _, h := range hs {
		io.WriteString(h, "The quick brown fox ")
		first := h.Sum(nil)
		io.Copy(h, strings.NewReader("jumps over the lazy dog"))
		fmt.Printf("%T %d %d %x %x\n", h, h.Size(), h.BlockSize(), h.Sum([]byte("pre:")), first[:4])
		h.Reset()
		fmt.Printf("%x\n", h.Sum(nil))
	}
	big := make([]byte, 1<<20)
	for i := range big {
		big[i] = byte(i * 7)
	}
	fmt.Printf("%x\n", sha256.Sum256(big))
	var arr [sha256.Size]byte = sha256.Sum256([]byte("abc"))
	fmt.Println(len(arr), md5.Size, md5.BlockSize, sha1.Size, sha512.BlockSize, sha512.Size256)
}

// Output:
// 9e107d9d372bb6826bd81d3542a419d6
// 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12
// d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592
// 730e109bd7a8a32b1cb9d9a09aa2325d2430587ddbc0c38bad911525
// 07e547d9586f6a73f73fbac0435ed76951218fb7d0c8d788a309d785436bbb642e93a252a954f23912547d1e8a3b5ed6e1bfd7097821233fa0538f3db854fee6
// ca737f1014a48f4c0b6dd43cb177b0afd9e5169367544c494011e3317dbf9a509cb1e5dc1e85a941bbee3d7f2afbc9b1
// 944cd2847fb54558d4775db0485a50003111c8e5daa63fe722c6aa37
// dd9d67b371519c339ed8dbd25af90e976a1eeefd4ad3d889005e532fc5bef04d
// d41d8cd98f00b204e9800998ecf8427e
// *md5.digest 16 64 7072653a9e107d9d372bb6826bd81d3542a419d6 c4314972
// d41d8cd98f00b204e9800998ecf8427e
// *sha1.digest 20 64 7072653a2fd4e1c67a2d28fced849ee1bb76e7391b93eb12 3e3436a0
// da39a3ee5e6b4b0d3255bfef95601890afd80709
// *sha256.digest 32 64 7072653ad7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592 b29d66e5
// e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
// *sha256.digest 28 64 7072653a730e109bd7a8a32b1cb9d9a09aa2325d2430587ddbc0c38bad911525 3315f554
// d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f
// *sha512.digest 64 128 7072653a07e547d9586f6a73f73fbac0435ed76951218fb7d0c8d788a309d785436bbb642e93a252a954f23912547d1e8a3b5ed6e1bfd7097821233fa0538f3db854fee6 55af8ef1
// cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e
// *sha512.digest 48 128 7072653aca737f1014a48f4c0b6dd43cb177b0afd9e5169367544c494011e3317dbf9a509cb1e5dc1e85a941bbee3d7f2afbc9b1 c357c3b7
// 38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b
// *sha512.digest 28 128 7072653a944cd2847fb54558d4775db0485a50003111c8e5daa63fe722c6aa37 7ace31c5
// 6ed0dd02806fa89e25de060c19d3ac86cabb87d6a0ddd05c333b84f4
// *sha512.digest 32 128 7072653add9d67b371519c339ed8dbd25af90e976a1eeefd4ad3d889005e532fc5bef04d 10fbe9e3
// c672b8d1ef56ed28ab87c3622c5114069bdd3ad7b8f9737498d0c01ecef0967a
// 1d7368ef6f59e0c704a978b815288f1e464037959645bbfd79348d330269480d
// 32 16 64 20 128 32

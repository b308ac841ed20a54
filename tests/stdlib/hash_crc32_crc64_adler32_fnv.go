package main

import (
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/crc64"
	"hash/fnv"
)

func main() {
	data := []byte("hello, world\n")
	fmt.Println(crc32.ChecksumIEEE(data), crc32.Checksum(data, crc32.MakeTable(crc32.Castagnoli)), crc32.Checksum(data, crc32.MakeTable(crc32.Koopman)))
	fmt.Println(crc32.Update(crc32.ChecksumIEEE(data[:5]), crc32.IEEETable, data[5:]))
	fmt.Println(crc32.MakeTable(crc32.IEEE) == crc32.IEEETable, crc32.MakeTable(crc32.Castagnoli) == crc32.MakeTable(crc32.Castagnoli))
	fmt.Println(crc64.Checksum(data, crc64.MakeTable(crc64.ISO)), crc64.Checksum(data, crc64.MakeTable(crc64.ECMA)))
	fmt.Println(adler32.Checksum(data), adler32.Checksum(nil))
	big := make([]byte, 100000)
	for i := range big {
		big[i] = 0xff
	}
	fmt.Println(adler32.Checksum(big), crc32.ChecksumIEEE(big))
	hs := []hash.Hash{fnv.New32(), fnv.New32a(), fnv.New64(), fnv.New64a(), fnv.New128(), fnv.New128a(),
		crc32.NewIEEE(), crc32.New(crc32.MakeTable(crc32.Castagnoli)), crc64.New(crc64.MakeTable(crc64.ECMA)), adler32.New()}
	for _, h := range hs {
		h.Write(data)
		fmt.Printf("%T %d %d %x", h, h.Size(), h.BlockSize(), h.Sum(nil))
		switch h := h.(type) {
		case hash.Hash32:
			fmt.Print(" ", h.Sum32())
		case hash.Hash64:
			fmt.Print(" ", h.Sum64())
		}
		h.Reset()
		fmt.Printf(" %x\n", h.Sum([]byte{1}))
	}
	h := fnv.New128a()
	h.Write(big)
	fmt.Printf("%x\n", h.Sum(nil))
	h2 := fnv.New64()
	h2.Write(big)
	fmt.Println(h2.(hash.Hash64).Sum64())
}

// Output:
// 4096029779 2008750470 1698844240
// 4096029779
// true true
// 16728273765576858050 16913289057257801339
// 568788115 1
// 345649196 1757859524
// *fnv.sum32 4 1 d6e77c2d 3605494829 01811c9dc5
// *fnv.sum32a 4 1 650c5035 1695305781 01811c9dc5
// *fnv.sum64 8 1 c22b88b6f5d999ad 13991426986746681773 01cbf29ce484222325
// *fnv.sum64a 8 1 e60e7ee648829675 16577326805921470069 01cbf29ce484222325
// *fnv.sum128 16 1 83f7cd45cf2e723d35b9a39e6d130f3d 016c62272e07bb014262b821756295c58d
// *fnv.sum128a 16 1 d0ae385a480a179d581b09f486e39475 016c62272e07bb014262b821756295c58d
// *crc32.digest 4 1 f4247453 4096029779 0100000000
// *crc32.digest 4 1 77bb1986 2008750470 0100000000
// *crc64.digest 8 1 eab812c9815a467b 16913289057257801339 010000000000000000
// *adler32.digest 4 4 21e70493 568788115 0100000001
// 17ca4dd0596ca925b6e05561890953ed
// 15136345710052469445

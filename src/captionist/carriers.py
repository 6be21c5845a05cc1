"""Tiny images exiv2 is handed (by `captionist.exiv`) when there is no file to hand it."""

# A 1x1 JPEG (made with Pillow) used to flush exiv2's error state after a failure.
KNOWN_GOOD = bytes.fromhex(
    "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c"
    "1912130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc000"
    "0b080001000101011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffc400"
    "b5100002010303020403050504040000017d01020300041105122131410613516107227114328191a1082342b1c1"
    "1552d1f02433627282090a161718191a25262728292a3435363738393a434445464748494a535455565758595a63"
    "6465666768696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6"
    "b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda0008"
    "010100003f00fbd3ffd9"
)
# A 1x1 PNG (made with Pillow): the carrier for XMP packets, which, unlike a JPEG, takes an
# XMP packet of any size.
PACKET_CARRIER = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108000000003a7e9b550000000a49444154789c63600000"
    "0002000148afa4710000000049454e44ae426082"
)

SIDECAR_SKELETON = (
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
    ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
    ' </rdf:RDF>\n'
    '</x:xmpmeta>\n'
    '<?xpacket end="w"?>'
).encode("utf-8")

# URI -> the prefix a fresh process writes it under, for every namespace captionist writes; a
# packet declaring them all, whose parse gives them these prefixes back (`exiv._open`)
CANONICAL = {
    "http://purl.org/dc/elements/1.1/": "dc", "http://ns.adobe.com/photoshop/1.0/": "photoshop",
    "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/": "Iptc4xmpCore",
    "http://iptc.org/std/Iptc4xmpExt/2008-02-29/": "iptcExt", "http://ns.useplus.org/ldf/xmp/1.0/": "plus",
    "http://ns.adobe.com/xap/1.0/rights/": "xmpRights", "http://ns.adobe.com/xap/1.0/": "xmp",
    "http://ns.adobe.com/exif/1.0/": "exif", "http://ns.adobe.com/xmp/note/": "xmpNote",
}
CANONICAL_PACKET = ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf'
                     '-syntax-ns#"><rdf:Description rdf:about=""%s/></rdf:RDF></x:xmpmeta>' % "".join(
                         f' xmlns:{p}="{u}"' for u, p in CANONICAL.items())).encode("ascii")

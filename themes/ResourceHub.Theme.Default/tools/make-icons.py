# Run from wwwroot/icons after changing icon.svg: python3 ../../tools/make-icons.py .
# Draws the site icon (the SVG's shapes) as PNGs and a favicon.ico, without any image library.
import struct, zlib, sys
RED=(0xb3,0x26,0x1e); WHITE=(255,255,255)
bars=[(14,13,50,21),(28,13,36,49),(10,45,54,53)]
def inside_round(x,y,r=12,s=64):
    cx=min(max(x,r),s-r); cy=min(max(y,r),s-r)
    return (x-cx)**2+(y-cy)**2<=r*r
def sample(x,y):
    if not inside_round(x,y): return None
    for a,b,c,d in bars:
        if a<=x<c and b<=y<d: return WHITE
    return RED
def png(size):
    n=4; rows=[]
    for py in range(size):
        row=bytearray([0])
        for px in range(size):
            acc=[0,0,0]; cov=0
            for sy in range(n):
                for sx in range(n):
                    c=sample((px+(sx+.5)/n)*64/size,(py+(sy+.5)/n)*64/size)
                    if c: cov+=1; acc=[acc[i]+c[i] for i in range(3)]
            if cov: row+=bytes([round(acc[0]/cov),round(acc[1]/cov),round(acc[2]/cov),round(255*cov/(n*n))])
            else: row+=bytes(4)
        rows.append(bytes(row))
    raw=b"".join(rows)
    def chunk(t,d): return struct.pack(">I",len(d))+t+d+struct.pack(">I",zlib.crc32(t+d)&0xffffffff)
    return b"\x89PNG\r\n\x1a\n"+chunk(b"IHDR",struct.pack(">IIBBBBB",size,size,8,6,0,0,0))+chunk(b"IDAT",zlib.compress(raw,9))+chunk(b"IEND",b"")
out=sys.argv[1]
images={}
for s in [16,32,48,180,192,512]:
    images[s]=png(s)
for s in [16,32,180,192,512]:
    open(f"{out}/icon-{s}.png","wb").write(images[s])
# favicon.ico: 16, 32, 48 as embedded PNGs
ico=[16,32,48]
header=struct.pack("<HHH",0,1,len(ico)); offset=6+16*len(ico); entries=b""; data=b""
for s in ico:
    d=images[s]; entries+=struct.pack("<BBBBHHII",s,s,0,0,1,32,len(d),offset+len(data)); data+=d
open(f"{out}/favicon.ico","wb").write(header+entries+data)

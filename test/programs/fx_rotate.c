/* fx_rotate.c - rotates and shifts (generated operand combinations): rlw*, rld* with wrapping
 * masks, slw/srw/sraw/srawi, sld/srd/srad/sradi with CA/CA32 and record forms.
 * The shift-amount operand (second value) runs over the usual patterns, so amounts >= 32/64 and
 * high bits that must be ignored are covered.
 * CFLAGS-ppc64: -mcpu=power9
 * CFLAGS-ppc64le: -mcpu=power9 */
#include "fx_util.h"

ASM(f0, "rlwinm %0,%5,0,0,31")
ASM(f1, "mr %0,%6\n\trlwimi %0,%5,0,0,31")
ASM(f2, "rlwinm. %0,%5,0,0,31")
ASM(f3, "mr %0,%6\n\trlwimi. %0,%5,0,0,31")
ASM(f4, "rlwnm %0,%5,%6,0,31")
ASM(f5, "rlwnm. %0,%5,%6,0,31")
ASM(f6, "rlwinm %0,%5,8,24,7")
ASM(f7, "mr %0,%6\n\trlwimi %0,%5,8,24,7")
ASM(f8, "rlwinm. %0,%5,8,24,7")
ASM(f9, "mr %0,%6\n\trlwimi. %0,%5,8,24,7")
ASM(f10, "rlwnm %0,%5,%6,24,7")
ASM(f11, "rlwnm. %0,%5,%6,24,7")
ASM(f12, "rlwinm %0,%5,31,0,0")
ASM(f13, "mr %0,%6\n\trlwimi %0,%5,31,0,0")
ASM(f14, "rlwinm. %0,%5,31,0,0")
ASM(f15, "mr %0,%6\n\trlwimi. %0,%5,31,0,0")
ASM(f16, "rlwnm %0,%5,%6,0,0")
ASM(f17, "rlwnm. %0,%5,%6,0,0")
ASM(f18, "rlwinm %0,%5,1,31,31")
ASM(f19, "mr %0,%6\n\trlwimi %0,%5,1,31,31")
ASM(f20, "rlwinm. %0,%5,1,31,31")
ASM(f21, "mr %0,%6\n\trlwimi. %0,%5,1,31,31")
ASM(f22, "rlwnm %0,%5,%6,31,31")
ASM(f23, "rlwnm. %0,%5,%6,31,31")
ASM(f24, "rlwinm %0,%5,16,16,15")
ASM(f25, "mr %0,%6\n\trlwimi %0,%5,16,16,15")
ASM(f26, "rlwinm. %0,%5,16,16,15")
ASM(f27, "mr %0,%6\n\trlwimi. %0,%5,16,16,15")
ASM(f28, "rlwnm %0,%5,%6,16,15")
ASM(f29, "rlwnm. %0,%5,%6,16,15")
ASM(f30, "rlwinm %0,%5,5,3,30")
ASM(f31, "mr %0,%6\n\trlwimi %0,%5,5,3,30")
ASM(f32, "rlwinm. %0,%5,5,3,30")
ASM(f33, "mr %0,%6\n\trlwimi. %0,%5,5,3,30")
ASM(f34, "rlwnm %0,%5,%6,3,30")
ASM(f35, "rlwnm. %0,%5,%6,3,30")
ASM(f36, "rlwinm %0,%5,0,16,31")
ASM(f37, "mr %0,%6\n\trlwimi %0,%5,0,16,31")
ASM(f38, "rlwinm. %0,%5,0,16,31")
ASM(f39, "mr %0,%6\n\trlwimi. %0,%5,0,16,31")
ASM(f40, "rlwnm %0,%5,%6,16,31")
ASM(f41, "rlwnm. %0,%5,%6,16,31")
ASM(f42, "rlwinm %0,%5,24,0,7")
ASM(f43, "mr %0,%6\n\trlwimi %0,%5,24,0,7")
ASM(f44, "rlwinm. %0,%5,24,0,7")
ASM(f45, "mr %0,%6\n\trlwimi. %0,%5,24,0,7")
ASM(f46, "rlwnm %0,%5,%6,0,7")
ASM(f47, "rlwnm. %0,%5,%6,0,7")
ASM(f48, "rlwinm %0,%5,4,28,3")
ASM(f49, "mr %0,%6\n\trlwimi %0,%5,4,28,3")
ASM(f50, "rlwinm. %0,%5,4,28,3")
ASM(f51, "mr %0,%6\n\trlwimi. %0,%5,4,28,3")
ASM(f52, "rlwnm %0,%5,%6,28,3")
ASM(f53, "rlwnm. %0,%5,%6,28,3")
ASM(f54, "rlwinm %0,%5,31,1,0")
ASM(f55, "mr %0,%6\n\trlwimi %0,%5,31,1,0")
ASM(f56, "rlwinm. %0,%5,31,1,0")
ASM(f57, "mr %0,%6\n\trlwimi. %0,%5,31,1,0")
ASM(f58, "rlwnm %0,%5,%6,1,0")
ASM(f59, "rlwnm. %0,%5,%6,1,0")
ASM(f60, "rlwinm %0,%5,13,20,10")
ASM(f61, "mr %0,%6\n\trlwimi %0,%5,13,20,10")
ASM(f62, "rlwinm. %0,%5,13,20,10")
ASM(f63, "mr %0,%6\n\trlwimi. %0,%5,13,20,10")
ASM(f64, "rlwnm %0,%5,%6,20,10")
ASM(f65, "rlwnm. %0,%5,%6,20,10")
ASM(f66, "rlwinm %0,%5,0,31,0")
ASM(f67, "mr %0,%6\n\trlwimi %0,%5,0,31,0")
ASM(f68, "rlwinm. %0,%5,0,31,0")
ASM(f69, "mr %0,%6\n\trlwimi. %0,%5,0,31,0")
ASM(f70, "rlwnm %0,%5,%6,31,0")
ASM(f71, "rlwnm. %0,%5,%6,31,0")
ASM(f72, "slw %0,%5,%6")
ASM(f73, "slw. %0,%5,%6")
ASM(f74, "srw %0,%5,%6")
ASM(f75, "srw. %0,%5,%6")
ASM(f76, "sraw %0,%5,%6")
ASM(f77, "sraw. %0,%5,%6")
ASM(f78, "srawi %0,%5,0")
ASM(f79, "srawi. %0,%5,0")
ASM(f80, "srawi %0,%5,1")
ASM(f81, "srawi. %0,%5,1")
ASM(f82, "srawi %0,%5,4")
ASM(f83, "srawi. %0,%5,4")
ASM(f84, "srawi %0,%5,31")
ASM(f85, "srawi. %0,%5,31")
#ifdef __powerpc64__
ASM(f86, "rldicl %0,%5,0,0")
ASM(f87, "rldicr %0,%5,0,0")
ASM(f88, "rldic %0,%5,0,0")
ASM(f89, "mr %0,%6\n\trldimi %0,%5,0,0")
ASM(f90, "rldicl. %0,%5,0,0")
ASM(f91, "rldicr. %0,%5,0,0")
ASM(f92, "rldic. %0,%5,0,0")
ASM(f93, "mr %0,%6\n\trldimi. %0,%5,0,0")
ASM(f94, "rldcl %0,%5,%6,0")
ASM(f95, "rldcr. %0,%5,%6,0")
ASM(f96, "rldicl %0,%5,8,4")
ASM(f97, "rldicr %0,%5,8,4")
ASM(f98, "rldic %0,%5,8,4")
ASM(f99, "mr %0,%6\n\trldimi %0,%5,8,4")
ASM(f100, "rldicl. %0,%5,8,4")
ASM(f101, "rldicr. %0,%5,8,4")
ASM(f102, "rldic. %0,%5,8,4")
ASM(f103, "mr %0,%6\n\trldimi. %0,%5,8,4")
ASM(f104, "rldcl %0,%5,%6,4")
ASM(f105, "rldcr. %0,%5,%6,4")
ASM(f106, "rldicl %0,%5,60,59")
ASM(f107, "rldicr %0,%5,60,59")
ASM(f108, "rldic %0,%5,60,59")
ASM(f109, "mr %0,%6\n\trldimi %0,%5,60,59")
ASM(f110, "rldicl. %0,%5,60,59")
ASM(f111, "rldicr. %0,%5,60,59")
ASM(f112, "rldic. %0,%5,60,59")
ASM(f113, "mr %0,%6\n\trldimi. %0,%5,60,59")
ASM(f114, "rldcl %0,%5,%6,59")
ASM(f115, "rldcr. %0,%5,%6,59")
ASM(f116, "rldicl %0,%5,16,8")
ASM(f117, "rldicr %0,%5,16,8")
ASM(f118, "rldic %0,%5,16,8")
ASM(f119, "mr %0,%6\n\trldimi %0,%5,16,8")
ASM(f120, "rldicl. %0,%5,16,8")
ASM(f121, "rldicr. %0,%5,16,8")
ASM(f122, "rldic. %0,%5,16,8")
ASM(f123, "mr %0,%6\n\trldimi. %0,%5,16,8")
ASM(f124, "rldcl %0,%5,%6,8")
ASM(f125, "rldcr. %0,%5,%6,8")
ASM(f126, "rldicl %0,%5,32,0")
ASM(f127, "rldicr %0,%5,32,0")
ASM(f128, "rldic %0,%5,32,0")
ASM(f129, "mr %0,%6\n\trldimi %0,%5,32,0")
ASM(f130, "rldicl. %0,%5,32,0")
ASM(f131, "rldicr. %0,%5,32,0")
ASM(f132, "rldic. %0,%5,32,0")
ASM(f133, "mr %0,%6\n\trldimi. %0,%5,32,0")
ASM(f134, "rldcl %0,%5,%6,0")
ASM(f135, "rldcr. %0,%5,%6,0")
ASM(f136, "rldicl %0,%5,63,63")
ASM(f137, "rldicr %0,%5,63,63")
ASM(f138, "rldic %0,%5,63,63")
ASM(f139, "mr %0,%6\n\trldimi %0,%5,63,63")
ASM(f140, "rldicl. %0,%5,63,63")
ASM(f141, "rldicr. %0,%5,63,63")
ASM(f142, "rldic. %0,%5,63,63")
ASM(f143, "mr %0,%6\n\trldimi. %0,%5,63,63")
ASM(f144, "rldcl %0,%5,%6,63")
ASM(f145, "rldcr. %0,%5,%6,63")
ASM(f146, "rldicl %0,%5,1,63")
ASM(f147, "rldicr %0,%5,1,63")
ASM(f148, "rldic %0,%5,1,63")
ASM(f149, "mr %0,%6\n\trldimi %0,%5,1,63")
ASM(f150, "rldicl. %0,%5,1,63")
ASM(f151, "rldicr. %0,%5,1,63")
ASM(f152, "rldic. %0,%5,1,63")
ASM(f153, "mr %0,%6\n\trldimi. %0,%5,1,63")
ASM(f154, "rldcl %0,%5,%6,63")
ASM(f155, "rldcr. %0,%5,%6,63")
ASM(f156, "rldicl %0,%5,33,31")
ASM(f157, "rldicr %0,%5,33,31")
ASM(f158, "rldic %0,%5,33,31")
ASM(f159, "mr %0,%6\n\trldimi %0,%5,33,31")
ASM(f160, "rldicl. %0,%5,33,31")
ASM(f161, "rldicr. %0,%5,33,31")
ASM(f162, "rldic. %0,%5,33,31")
ASM(f163, "mr %0,%6\n\trldimi. %0,%5,33,31")
ASM(f164, "rldcl %0,%5,%6,31")
ASM(f165, "rldcr. %0,%5,%6,31")
ASM(f166, "rldicl %0,%5,0,32")
ASM(f167, "rldicr %0,%5,0,32")
ASM(f168, "rldic %0,%5,0,32")
ASM(f169, "mr %0,%6\n\trldimi %0,%5,0,32")
ASM(f170, "rldicl. %0,%5,0,32")
ASM(f171, "rldicr. %0,%5,0,32")
ASM(f172, "rldic. %0,%5,0,32")
ASM(f173, "mr %0,%6\n\trldimi. %0,%5,0,32")
ASM(f174, "rldcl %0,%5,%6,32")
ASM(f175, "rldcr. %0,%5,%6,32")
ASM(f176, "rldicl %0,%5,31,1")
ASM(f177, "rldicr %0,%5,31,1")
ASM(f178, "rldic %0,%5,31,1")
ASM(f179, "mr %0,%6\n\trldimi %0,%5,31,1")
ASM(f180, "rldicl. %0,%5,31,1")
ASM(f181, "rldicr. %0,%5,31,1")
ASM(f182, "rldic. %0,%5,31,1")
ASM(f183, "mr %0,%6\n\trldimi. %0,%5,31,1")
ASM(f184, "rldcl %0,%5,%6,1")
ASM(f185, "rldcr. %0,%5,%6,1")
ASM(f186, "rldicl %0,%5,47,12")
ASM(f187, "rldicr %0,%5,47,12")
ASM(f188, "rldic %0,%5,47,12")
ASM(f189, "mr %0,%6\n\trldimi %0,%5,47,12")
ASM(f190, "rldicl. %0,%5,47,12")
ASM(f191, "rldicr. %0,%5,47,12")
ASM(f192, "rldic. %0,%5,47,12")
ASM(f193, "mr %0,%6\n\trldimi. %0,%5,47,12")
ASM(f194, "rldcl %0,%5,%6,12")
ASM(f195, "rldcr. %0,%5,%6,12")
ASM(f196, "sld %0,%5,%6")
ASM(f197, "sld. %0,%5,%6")
ASM(f198, "srd %0,%5,%6")
ASM(f199, "srd. %0,%5,%6")
ASM(f200, "srad %0,%5,%6")
ASM(f201, "srad. %0,%5,%6")
ASM(f202, "sradi %0,%5,0")
ASM(f203, "sradi. %0,%5,0")
ASM(f204, "sradi %0,%5,1")
ASM(f205, "sradi. %0,%5,1")
ASM(f206, "sradi %0,%5,31")
ASM(f207, "sradi. %0,%5,31")
ASM(f208, "sradi %0,%5,32")
ASM(f209, "sradi. %0,%5,32")
ASM(f210, "sradi %0,%5,33")
ASM(f211, "sradi. %0,%5,33")
ASM(f212, "sradi %0,%5,63")
ASM(f213, "sradi. %0,%5,63")
#endif

int main(int argc, char **argv) {
  (void)argv;
  verbose = argc > 1;
  sparse = 1;
  run("rlwinm 0,0,31", f0, 1);
  run("rlwimi 0,0,31", f1, 0);
  run("rlwinm. 0,0,31", f2, 1);
  run("rlwimi. 0,0,31", f3, 0);
  run("rlwnm 0,31", f4, 0);
  run("rlwnm. 0,31", f5, 0);
  run("rlwinm 8,24,7", f6, 1);
  run("rlwimi 8,24,7", f7, 0);
  run("rlwinm. 8,24,7", f8, 1);
  run("rlwimi. 8,24,7", f9, 0);
  run("rlwnm 24,7", f10, 0);
  run("rlwnm. 24,7", f11, 0);
  run("rlwinm 31,0,0", f12, 1);
  run("rlwimi 31,0,0", f13, 0);
  run("rlwinm. 31,0,0", f14, 1);
  run("rlwimi. 31,0,0", f15, 0);
  run("rlwnm 0,0", f16, 0);
  run("rlwnm. 0,0", f17, 0);
  run("rlwinm 1,31,31", f18, 1);
  run("rlwimi 1,31,31", f19, 0);
  run("rlwinm. 1,31,31", f20, 1);
  run("rlwimi. 1,31,31", f21, 0);
  run("rlwnm 31,31", f22, 0);
  run("rlwnm. 31,31", f23, 0);
  run("rlwinm 16,16,15", f24, 1);
  run("rlwimi 16,16,15", f25, 0);
  run("rlwinm. 16,16,15", f26, 1);
  run("rlwimi. 16,16,15", f27, 0);
  run("rlwnm 16,15", f28, 0);
  run("rlwnm. 16,15", f29, 0);
  run("rlwinm 5,3,30", f30, 1);
  run("rlwimi 5,3,30", f31, 0);
  run("rlwinm. 5,3,30", f32, 1);
  run("rlwimi. 5,3,30", f33, 0);
  run("rlwnm 3,30", f34, 0);
  run("rlwnm. 3,30", f35, 0);
  run("rlwinm 0,16,31", f36, 1);
  run("rlwimi 0,16,31", f37, 0);
  run("rlwinm. 0,16,31", f38, 1);
  run("rlwimi. 0,16,31", f39, 0);
  run("rlwnm 16,31", f40, 0);
  run("rlwnm. 16,31", f41, 0);
  run("rlwinm 24,0,7", f42, 1);
  run("rlwimi 24,0,7", f43, 0);
  run("rlwinm. 24,0,7", f44, 1);
  run("rlwimi. 24,0,7", f45, 0);
  run("rlwnm 0,7", f46, 0);
  run("rlwnm. 0,7", f47, 0);
  run("rlwinm 4,28,3", f48, 1);
  run("rlwimi 4,28,3", f49, 0);
  run("rlwinm. 4,28,3", f50, 1);
  run("rlwimi. 4,28,3", f51, 0);
  run("rlwnm 28,3", f52, 0);
  run("rlwnm. 28,3", f53, 0);
  run("rlwinm 31,1,0", f54, 1);
  run("rlwimi 31,1,0", f55, 0);
  run("rlwinm. 31,1,0", f56, 1);
  run("rlwimi. 31,1,0", f57, 0);
  run("rlwnm 1,0", f58, 0);
  run("rlwnm. 1,0", f59, 0);
  run("rlwinm 13,20,10", f60, 1);
  run("rlwimi 13,20,10", f61, 0);
  run("rlwinm. 13,20,10", f62, 1);
  run("rlwimi. 13,20,10", f63, 0);
  run("rlwnm 20,10", f64, 0);
  run("rlwnm. 20,10", f65, 0);
  run("rlwinm 0,31,0", f66, 1);
  run("rlwimi 0,31,0", f67, 0);
  run("rlwinm. 0,31,0", f68, 1);
  run("rlwimi. 0,31,0", f69, 0);
  run("rlwnm 31,0", f70, 0);
  run("rlwnm. 31,0", f71, 0);
  run("slw", f72, 0);
  run("slw.", f73, 0);
  run("srw", f74, 0);
  run("srw.", f75, 0);
  run("sraw", f76, 0);
  run("sraw.", f77, 0);
  run("srawi 0", f78, 1);
  run("srawi. 0", f79, 1);
  run("srawi 1", f80, 1);
  run("srawi. 1", f81, 1);
  run("srawi 4", f82, 1);
  run("srawi. 4", f83, 1);
  run("srawi 31", f84, 1);
  run("srawi. 31", f85, 1);
#ifdef __powerpc64__
  run("rldicl 0,0", f86, 1);
  run("rldicr 0,0", f87, 1);
  run("rldic 0,0", f88, 1);
  run("rldimi 0,0", f89, 0);
  run("rldicl. 0,0", f90, 1);
  run("rldicr. 0,0", f91, 1);
  run("rldic. 0,0", f92, 1);
  run("rldimi. 0,0", f93, 0);
  run("rldcl 0", f94, 0);
  run("rldcr. 0", f95, 0);
  run("rldicl 8,4", f96, 1);
  run("rldicr 8,4", f97, 1);
  run("rldic 8,4", f98, 1);
  run("rldimi 8,4", f99, 0);
  run("rldicl. 8,4", f100, 1);
  run("rldicr. 8,4", f101, 1);
  run("rldic. 8,4", f102, 1);
  run("rldimi. 8,4", f103, 0);
  run("rldcl 4", f104, 0);
  run("rldcr. 4", f105, 0);
  run("rldicl 60,59", f106, 1);
  run("rldicr 60,59", f107, 1);
  run("rldic 60,59", f108, 1);
  run("rldimi 60,59", f109, 0);
  run("rldicl. 60,59", f110, 1);
  run("rldicr. 60,59", f111, 1);
  run("rldic. 60,59", f112, 1);
  run("rldimi. 60,59", f113, 0);
  run("rldcl 59", f114, 0);
  run("rldcr. 59", f115, 0);
  run("rldicl 16,8", f116, 1);
  run("rldicr 16,8", f117, 1);
  run("rldic 16,8", f118, 1);
  run("rldimi 16,8", f119, 0);
  run("rldicl. 16,8", f120, 1);
  run("rldicr. 16,8", f121, 1);
  run("rldic. 16,8", f122, 1);
  run("rldimi. 16,8", f123, 0);
  run("rldcl 8", f124, 0);
  run("rldcr. 8", f125, 0);
  run("rldicl 32,0", f126, 1);
  run("rldicr 32,0", f127, 1);
  run("rldic 32,0", f128, 1);
  run("rldimi 32,0", f129, 0);
  run("rldicl. 32,0", f130, 1);
  run("rldicr. 32,0", f131, 1);
  run("rldic. 32,0", f132, 1);
  run("rldimi. 32,0", f133, 0);
  run("rldcl 0", f134, 0);
  run("rldcr. 0", f135, 0);
  run("rldicl 63,63", f136, 1);
  run("rldicr 63,63", f137, 1);
  run("rldic 63,63", f138, 1);
  run("rldimi 63,63", f139, 0);
  run("rldicl. 63,63", f140, 1);
  run("rldicr. 63,63", f141, 1);
  run("rldic. 63,63", f142, 1);
  run("rldimi. 63,63", f143, 0);
  run("rldcl 63", f144, 0);
  run("rldcr. 63", f145, 0);
  run("rldicl 1,63", f146, 1);
  run("rldicr 1,63", f147, 1);
  run("rldic 1,63", f148, 1);
  run("rldimi 1,63", f149, 0);
  run("rldicl. 1,63", f150, 1);
  run("rldicr. 1,63", f151, 1);
  run("rldic. 1,63", f152, 1);
  run("rldimi. 1,63", f153, 0);
  run("rldcl 63", f154, 0);
  run("rldcr. 63", f155, 0);
  run("rldicl 33,31", f156, 1);
  run("rldicr 33,31", f157, 1);
  run("rldic 33,31", f158, 1);
  run("rldimi 33,31", f159, 0);
  run("rldicl. 33,31", f160, 1);
  run("rldicr. 33,31", f161, 1);
  run("rldic. 33,31", f162, 1);
  run("rldimi. 33,31", f163, 0);
  run("rldcl 31", f164, 0);
  run("rldcr. 31", f165, 0);
  run("rldicl 0,32", f166, 1);
  run("rldicr 0,32", f167, 1);
  run("rldic 0,32", f168, 1);
  run("rldimi 0,32", f169, 0);
  run("rldicl. 0,32", f170, 1);
  run("rldicr. 0,32", f171, 1);
  run("rldic. 0,32", f172, 1);
  run("rldimi. 0,32", f173, 0);
  run("rldcl 32", f174, 0);
  run("rldcr. 32", f175, 0);
  run("rldicl 31,1", f176, 1);
  run("rldicr 31,1", f177, 1);
  run("rldic 31,1", f178, 1);
  run("rldimi 31,1", f179, 0);
  run("rldicl. 31,1", f180, 1);
  run("rldicr. 31,1", f181, 1);
  run("rldic. 31,1", f182, 1);
  run("rldimi. 31,1", f183, 0);
  run("rldcl 1", f184, 0);
  run("rldcr. 1", f185, 0);
  run("rldicl 47,12", f186, 1);
  run("rldicr 47,12", f187, 1);
  run("rldic 47,12", f188, 1);
  run("rldimi 47,12", f189, 0);
  run("rldicl. 47,12", f190, 1);
  run("rldicr. 47,12", f191, 1);
  run("rldic. 47,12", f192, 1);
  run("rldimi. 47,12", f193, 0);
  run("rldcl 12", f194, 0);
  run("rldcr. 12", f195, 0);
  run("sld", f196, 0);
  run("sld.", f197, 0);
  run("srd", f198, 0);
  run("srd.", f199, 0);
  run("srad", f200, 0);
  run("srad.", f201, 0);
  run("sradi 0", f202, 1);
  run("sradi. 0", f203, 1);
  run("sradi 1", f204, 1);
  run("sradi. 1", f205, 1);
  run("sradi 31", f206, 1);
  run("sradi. 31", f207, 1);
  run("sradi 32", f208, 1);
  run("sradi. 32", f209, 1);
  run("sradi 33", f210, 1);
  run("sradi. 33", f211, 1);
  run("sradi 63", f212, 1);
  run("sradi. 63", f213, 1);
#endif
  return 0;
}

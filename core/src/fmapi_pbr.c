/* PBR Switch 5700h (CXL r3.2 §7.7.13.1, Table 7-112); 5701h Fabric Crawl Out
 * lives with the tunnel it resembles (fmapi_mld.c). */
#include "cxlmb/cmd_fmapi.h"

/* left out of builds without the PBR_SWITCH set (cxlmb/sets.h) */
#if !(defined(CXLMB_NO_SET_PBR_SWITCH))

#define T struct cxlmb_pbr_switch_identify_rsp
static const struct cxlmb_field cxlmb_pbr_switch_identify_rsp_schema_fields[] = {
	CXLMB_UF(T, gae_support_map, 0x00, 8, CXLMB_FF_HEX),
	CXLMB_UF(T, num_drts, 0x08, 1, CXLMB_FF_NONZERO),
	CXLMB_U(T, num_rgts, 0x09, 1),
	CXLMB_RSVD(0x0A, 1),
	CXLMB_BIT(T, random, 0x0B, 1, 0),
	CXLMB_BIT(T, congestion_avoidance, 0x0B, 1, 1),
	CXLMB_BIT(T, advanced_ca, 0x0B, 1, 2),
	CXLMB_RSVD_BITS(0x0B, 1, 0x38),
	CXLMB_BIT(T, vendor_mode1, 0x0B, 1, 6),
	CXLMB_BIT(T, vendor_mode2, 0x0B, 1, 7),
};
CXLMB_SCHEMA(cxlmb_pbr_switch_identify_rsp_schema, T, 0x0C, 0x0C);
#undef T

#else
typedef int cxlmb_set_left_out_; /* a translation unit is never empty */
#endif

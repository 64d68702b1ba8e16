/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Command sets a firmware build can leave out.
 *
 * -DCXLMB_NO_SET_<NAME> removes the set's catalog rows (the opcodes then
 * decode as unknown) and, where no kept set shares them, its layouts.
 * CXLMB_NO_SET_MEMDEV leaves out every memory device set (40h-49h),
 * CXLMB_NO_SET_FMAPI every FM API set (51h-59h).  Information and Status
 * (00h) is always built.  A knob must be the same for the library and for
 * code that includes its headers.
 *
 *   01h EVENTS        02h FW_UPDATE       03h TIMESTAMP     04h LOGS
 *   05h FEATURES      06h MAINTENANCE     07h PBR_COMPONENT
 *   40h IDENTIFY_MEMDEV  41h CCLS  42h HEALTH  43h POISON  44h SANITIZE
 *   45h SECURITY  46h SEC_PASSTHROUGH  47h SLD_QOS  48h DC  49h GFD
 *   51h PHYS_SWITCH  52h VIRT_SWITCH  53h MLD_PORT (tunnels)
 *   54h MLD_COMPONENTS  55h MHD  56h DCD_MGMT  57h PBR_SWITCH  58h GAE
 *   59h VCS_GAE */
#ifndef CXLMB_SETS_H
#define CXLMB_SETS_H

#ifdef CXLMB_NO_SET_MEMDEV
#define CXLMB_NO_SET_IDENTIFY_MEMDEV
#define CXLMB_NO_SET_CCLS
#define CXLMB_NO_SET_HEALTH
#define CXLMB_NO_SET_POISON
#define CXLMB_NO_SET_SANITIZE
#define CXLMB_NO_SET_SECURITY
#define CXLMB_NO_SET_SEC_PASSTHROUGH
#define CXLMB_NO_SET_SLD_QOS
#define CXLMB_NO_SET_DC
#define CXLMB_NO_SET_GFD
#endif

#ifdef CXLMB_NO_SET_FMAPI
#define CXLMB_NO_SET_PHYS_SWITCH
#define CXLMB_NO_SET_VIRT_SWITCH
#define CXLMB_NO_SET_MLD_PORT
#define CXLMB_NO_SET_MLD_COMPONENTS
#define CXLMB_NO_SET_MHD
#define CXLMB_NO_SET_DCD_MGMT
#define CXLMB_NO_SET_PBR_SWITCH
#define CXLMB_NO_SET_GAE
#define CXLMB_NO_SET_VCS_GAE
#endif

/* Every knob, for build scripts that try each (ci/test). */
#define CXLMB_SET_KNOBS                                                                         \
	"EVENTS FW_UPDATE TIMESTAMP LOGS FEATURES MAINTENANCE PBR_COMPONENT IDENTIFY_MEMDEV CCLS " \
	"HEALTH POISON SANITIZE SECURITY SEC_PASSTHROUGH SLD_QOS DC GFD PHYS_SWITCH VIRT_SWITCH "  \
	"MLD_PORT MLD_COMPONENTS MHD DCD_MGMT PBR_SWITCH GAE VCS_GAE MEMDEV FMAPI"

#endif

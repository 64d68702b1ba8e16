/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Possible Command Return Codes, one row per command the catalog knows,
 * transcribed from CXL r3.2: the generic and memory device command sets in
 * §8.2.10 (each command's section), the FM API in §7.6.7, the PBR switch and
 * GAE command sets in §7.7.13-15.  A list is as the section prints it; a
 * row's note says where that needed a word.  Codes by r3.2 Table 8-34. */
#include "cxlmb/rc_list.h"

#define S CXLMB_RC_BIT(0x00)     /* Success */
#define BG CXLMB_RC_BIT(0x01)    /* Background Command Started */
#define II CXLMB_RC_BIT(0x02)    /* Invalid Input */
#define U CXLMB_RC_BIT(0x03)     /* Unsupported */
#define IE CXLMB_RC_BIT(0x04)    /* Internal Error */
#define RR CXLMB_RC_BIT(0x05)    /* Retry Required */
#define B CXLMB_RC_BIT(0x06)     /* Busy */
#define MD CXLMB_RC_BIT(0x07)    /* Media Disabled */
#define FWIP CXLMB_RC_BIT(0x08)  /* FW Transfer in Progress */
#define FWOOO CXLMB_RC_BIT(0x09) /* FW Transfer Out of Order */
#define FWVF CXLMB_RC_BIT(0x0A)  /* FW Verification Failed */
#define IS CXLMB_RC_BIT(0x0B)    /* Invalid Slot */
#define FWRB CXLMB_RC_BIT(0x0C)  /* Activation Failed, FW Rolled Back */
#define FWCR CXLMB_RC_BIT(0x0D)  /* Activation Failed, Cold Reset Required */
#define IH CXLMB_RC_BIT(0x0E)    /* Invalid Handle */
#define IPA CXLMB_RC_BIT(0x0F)   /* Invalid Physical Address */
#define PLR CXLMB_RC_BIT(0x10)   /* Inject Poison Limit Reached */
#define PMF CXLMB_RC_BIT(0x11)   /* Permanent Media Failure */
#define AB CXLMB_RC_BIT(0x12)    /* Aborted */
#define ISS CXLMB_RC_BIT(0x13)   /* Invalid Security State */
#define IP CXLMB_RC_BIT(0x14)    /* Incorrect Passphrase */
#define IPL CXLMB_RC_BIT(0x16)   /* Invalid Payload Length */
#define IL CXLMB_RC_BIT(0x17)    /* Invalid Log */
#define INT CXLMB_RC_BIT(0x18)   /* Interrupted */
#define FVER CXLMB_RC_BIT(0x19)  /* Unsupported Feature Version */
#define FSEL CXLMB_RC_BIT(0x1A)  /* Unsupported Feature Selection Value */
#define FXIP CXLMB_RC_BIT(0x1B)  /* Feature Transfer in Progress */
#define FXOOO CXLMB_RC_BIT(0x1C) /* Feature Transfer Out of Order */
#define RE CXLMB_RC_BIT(0x1D)    /* Resources Exhausted */
#define IEL CXLMB_RC_BIT(0x1E)   /* Invalid Extent List */
#define XOOO CXLMB_RC_BIT(0x1F)  /* Transfer Out of Order */
#define RANS CXLMB_RC_BIT(0x20)  /* Request Abort Not Supported by Background Operation */

#define ROW(op, sec, codes, note) { op, codes, "r3.2 §" sec, note }

static const struct cxlmb_rc_list rows[] = {
	ROW(0x0001, "8.2.10.1.1", S | IE | RR, NULL),
	ROW(0x0002, "8.2.10.1.2", S | IE | RR | IPL, NULL),
	ROW(0x0003, "8.2.10.1.3", S | IE | RR, NULL),
	ROW(0x0004, "8.2.10.1.4", S | II | IE | RR | IPL, NULL),
	ROW(0x0005, "8.2.10.1.5", S | U | IE | RANS, NULL),
	ROW(0x0100, "8.2.10.2.2", S | II | IE | RR | B | MD | IPL, NULL),
	ROW(0x0101, "8.2.10.2.3", S | II | IE | RR | B | MD | IH | IPL, NULL),
	ROW(0x0102, "8.2.10.2.4", S | IE | RR | IPL, NULL),
	ROW(0x0103, "8.2.10.2.5", S | II | IE | RR | IPL, NULL),
	ROW(0x0104, "8.2.10.2.6", S | IE | RR | IPL, NULL),
	ROW(0x0105, "8.2.10.2.7", S | II | IE | RR | IPL, NULL),
	ROW(0x0106, "8.2.10.2.8", S | II | IE | RR, NULL),
	ROW(0x0107, "8.2.10.2.9", S | II | IE | RR, NULL),
	ROW(0x0108, "8.2.10.2.10", S | II | IE, NULL),
	ROW(0x0109, "8.2.10.2.11", S | II | IE, NULL),
	ROW(0x010A, "8.2.10.2.12", S | II | IE, NULL),
	ROW(0x0200, "8.2.10.3.1", S | U | IE | RR | IPL, NULL),
	ROW(0x0201, "8.2.10.3.2", 
	    S | BG | II | U | IE | RR | B | MD | FWIP | FWOOO | FWVF | IS | AB | ISS | IPL, NULL),
	ROW(0x0202, "8.2.10.3.3", S | BG | II | U | IE | RR | B | IS | FWRB | FWCR | AB | ISS | IPL,
	    NULL),
	ROW(0x0300, "8.2.10.4.1", S | U | IE | RR | IPL, NULL),
	ROW(0x0301, "8.2.10.4.2", S | II | U | IE | RR | IPL, NULL),
	ROW(0x0400, "8.2.10.5.1", S | IE | RR | IPL, NULL),
	ROW(0x0401, "8.2.10.5.2", S | II | IE | RR | B | MD | IPL | IL, NULL),
	ROW(0x0402, "8.2.10.5.3", S | U | IE | IL, NULL),
	ROW(0x0403, "8.2.10.5.4", S | II | U | IE | IL, NULL),
	ROW(0x0404, "8.2.10.5.5", S | BG | II | U | IE | B | AB | IL | INT, NULL),
	ROW(0x0405, "8.2.10.5.6", S | U | IE | RR | IPL, NULL),
	ROW(0x0500, "8.2.10.6.1", S | II | U | IE | RR | IPL, NULL),
	ROW(0x0501, "8.2.10.6.2", S | II | U | IE | RR | IPL | FSEL, NULL),
	ROW(0x0502, "8.2.10.6.3", S | II | U | IE | RR | ISS | IPL | FVER | FXIP | FXOOO, NULL),
	ROW(0x0600, "8.2.10.7.1", S | BG | II | U | IE | RR | B | IPA | AB | ISS | IPL | RE | XOOO,
	    NULL),
	ROW(0x0700, "8.2.10.8.1", S | U | IE | RR, NULL),
	ROW(0x0701, "8.2.10.8.2", S | II | U | IE | RR, NULL),
	ROW(0x0702, "8.2.10.8.3", S | II | U | IE | RR, NULL),
	ROW(0x4000, "8.2.10.9.1.1", S | IE | RR | IPL, NULL),
	ROW(0x4100, "8.2.10.9.2.1", S | U | IE | RR | IPL, NULL),
	ROW(0x4101, "8.2.10.9.2.2", S | II | U | IE | RR | B | MD | ISS | IPL, NULL),
	ROW(0x4102, "8.2.10.9.2.3", S | II | U | IE | RR | B | MD | IPL, NULL),
	ROW(0x4103, "8.2.10.9.2.4", S | II | U | IE | RR | B | MD | ISS | IPL, NULL),
	ROW(0x4200, "8.2.10.9.3.1", S | U | IE | RR | IPL, NULL),
	ROW(0x4201, "8.2.10.9.3.2", S | U | IE | RR | IPL, NULL),
	ROW(0x4202, "8.2.10.9.3.3", S | II | U | IE | RR | IPL, NULL),
	ROW(0x4203, "8.2.10.9.3.4", S | U | IE | RR | MD | IPL, NULL),
	ROW(0x4204, "8.2.10.9.3.5", S | U | IE | RR | MD | IPL, NULL),
	ROW(0x4300, "8.2.10.9.4.1", S | II | U | IE | RR | MD | IPA | ISS | IPL, NULL),
	ROW(0x4301, "8.2.10.9.4.2", S | U | IE | RR | MD | IPA | PLR | ISS | IPL, NULL),
	ROW(0x4302, "8.2.10.9.4.3", S | II | U | IE | RR | MD | IPA | PMF | ISS | IPL, NULL),
	ROW(0x4303, "8.2.10.9.4.4", S | II | U | IE | RR | MD | IPA | ISS | IPL, NULL),
	ROW(0x4304, "8.2.10.9.4.5", S | BG | II | U | IE | RR | B | MD | IPA | AB | ISS | IPL,
	    NULL),
	ROW(0x4305, "8.2.10.9.4.6", S | U | IE | RR | B | MD | ISS | IPL, NULL),
	ROW(0x4400, "8.2.10.9.5.1", S | BG | U | IE | RR | B | MD | AB | ISS | IPL, NULL),
	ROW(0x4401, "8.2.10.9.5.2", S | U | IE | RR | MD | ISS | IPL, NULL),
	ROW(0x4402, "8.2.10.9.5.3", S | BG | II | U | IE | RR | B,
	    "the printed list omits Success; Discovery answers in the foreground with a payload"),
	ROW(0x4500, "8.2.10.9.6.1", S | U | IE | RR | IPL, NULL),
	ROW(0x4501, "8.2.10.9.6.2", S | II | U | IE | RR | B | ISS | IP | IPL, NULL),
	ROW(0x4502, "8.2.10.9.6.3", S | II | U | IE | RR | B | ISS | IP | IPL, NULL),
	ROW(0x4503, "8.2.10.9.6.4", S | U | IE | RR | B | ISS | IP | IPL, NULL),
	ROW(0x4504, "8.2.10.9.6.5", S | U | IE | RR | ISS | IPL, NULL),
	ROW(0x4505, "8.2.10.9.6.6", S | II | U | IE | RR | MD | ISS | IP | IPL, NULL),
	ROW(0x4600, "8.2.10.9.7.1", S | II | U | IE | RR | B | ISS | IPL, NULL),
	ROW(0x4601, "8.2.10.9.7.2", S | II | U | IE | RR | IPL, NULL),
	ROW(0x4700, "8.2.10.9.8.1", S | U | IE | RR | IPL, NULL),
	ROW(0x4701, "8.2.10.9.8.2", S | II | U | IE | RR | IPL, NULL),
	ROW(0x4702, "8.2.10.9.8.3", S | U | IE | RR | IPL, NULL),
	ROW(0x4800, "8.2.10.9.9.1", S | II | U | IE, NULL),
	ROW(0x4801, "8.2.10.9.9.2", S | II | U | IE, NULL),
	ROW(0x4802, "8.2.10.9.9.3", S | II | U | IE | IPA | RE | IEL, NULL),
	ROW(0x4803, "8.2.10.9.9.4", S | II | U | IE | IPA | RE | IEL, NULL),
	ROW(0x4900, "8.2.10.9.10.1", S | U | IE | RR, NULL),
	ROW(0x4901, "8.2.10.9.10.2", S | II | U | IE | RR, NULL),
	ROW(0x4902, "8.2.10.9.10.3", S | II | U | IE | RR, NULL),
	ROW(0x4903, "8.2.10.9.10.4", S | II | U | IE | RR, NULL),
	ROW(0x4904, "8.2.10.9.10.5", S | II | U | IE | RR, NULL),
	ROW(0x4905, "8.2.10.9.10.6", S | II | U | IE | RR, NULL),
	ROW(0x4906, "8.2.10.9.10.7", S | II | U | IE | RR, NULL),
	ROW(0x4907, "8.2.10.9.10.8", S | II | U | IE | RR | RE | IEL, NULL),
	ROW(0x4908, "8.2.10.9.10.9", S | II | U | IE | RR | RE | IEL, NULL),
	ROW(0x4909, "8.2.10.9.10.10", S | II | U | IE | RR, NULL),
	ROW(0x490A, "8.2.10.9.10.11", S | II | U | IE | RR, NULL),
	ROW(0x490B, "8.2.10.9.10.12", S | II | U | IE | RR, NULL),
	ROW(0x490C, "8.2.10.9.10.13", S | II | U | IE | RR, NULL),
	ROW(0x490D, "8.2.10.9.10.14", S | II | U | IE | RR, NULL),
	ROW(0x490E, "8.2.10.9.10.15", S | U | IE | RR | IPL, NULL),
	ROW(0x490F, "8.2.10.9.10.16", S | II | U | IE | RR | IPL, NULL),
	ROW(0x4910, "8.2.10.9.10.17", S | U | IE | RR | IPL, NULL),
	ROW(0x4911, "8.2.10.9.10.18", S | II | U | IE | RR | IPL, NULL),
	ROW(0x4912, "8.2.10.9.10.19", S | II | U | IE | RR | IPL, NULL),
	ROW(0x4913, "8.2.10.9.10.20", S | II | U | IE | RR, NULL),
	ROW(0x4914, "8.2.10.9.10.21", S | II | U | IE | RR | RE, NULL),
	ROW(0x5100, "7.6.7.1.1", S | IE | RR, NULL),
	ROW(0x5101, "7.6.7.1.2", S | II | IE | RR, NULL),
	ROW(0x5102, "7.6.7.1.3", S | II | U | IE | RR, NULL),
	ROW(0x5103, "7.6.7.1.4", S | II | IE | RR, NULL),
	ROW(0x5104, "7.6.7.1.5", S | IE | RR, NULL),
	ROW(0x5105, "7.6.7.1.6", S | II | IE | RR, NULL),
	ROW(0x5106, "7.6.7.1.7", S | IE | RR, NULL),
	ROW(0x5107, "7.6.7.1.8", S | IE | RR, NULL),
	ROW(0x5200, "7.6.7.2.1", S | II | IE | RR | IPL, NULL),
	ROW(0x5201, "7.6.7.2.2", BG | II | U | IE | RR | B,
	    "no Success: every binding runs in the background"),
	ROW(0x5202, "7.6.7.2.3", BG | II | U | IE | RR | B,
	    "no Success: every unbinding runs in the background"),
	ROW(0x5203, "7.6.7.2.4", S | II | U | IE | RR, NULL),
	ROW(0x5300, "7.6.7.3.1", S | II | U | IE | RR, NULL),
	ROW(0x5301, "7.6.7.3.2", S | II | U | IE | RR, NULL),
	ROW(0x5302, "7.6.7.3.3", S | II | U | IE | RR, NULL),
	ROW(0x5400, "7.6.7.4.1", S | II | U | IE | RR, NULL),
	ROW(0x5401, "7.6.7.4.2", S | U | IE | RR | IPL, NULL),
	ROW(0x5402, "7.6.7.4.3", S | II | U | IE | RR | IPL, NULL),
	ROW(0x5403, "7.6.7.4.4", S | IE | RR | IPL, NULL),
	ROW(0x5404, "7.6.7.4.5", S | II | IE | RR | IPL, NULL),
	ROW(0x5405, "7.6.7.4.6", S | U | IE | RR | IPL, NULL),
	ROW(0x5406, "7.6.7.4.7", S | II | IE | RR | IPL, NULL),
	ROW(0x5407, "7.6.7.4.8", S | II | IE | RR | IPL, NULL),
	ROW(0x5408, "7.6.7.4.9", S | II | IE | RR | IPL, NULL),
	ROW(0x5409, "7.6.7.4.10", S | II | IE | RR | IPL, NULL),
	ROW(0x5500, "7.6.7.5.1", S | II | U | IE | RR, NULL),
	ROW(0x5501, "7.6.7.5.2", S | II | U | IE | RR, NULL),
	ROW(0x5600, "7.6.7.6.1", S | U | IE | RR, NULL),
	ROW(0x5601, "7.6.7.6.2", S | II | U | IE | RR, NULL),
	ROW(0x5602, "7.6.7.6.3", S | II | U | IE | RR | ISS, NULL),
	ROW(0x5603, "7.6.7.6.4", S | II | U | IE | RR, NULL),
	ROW(0x5604, "7.6.7.6.5", S | II | U | IE | RR | RE | IEL, NULL),
	ROW(0x5605, "7.6.7.6.6", S | II | U | IE | RR | RE | IEL, NULL),
	ROW(0x5606, "7.6.7.6.7", S | II | IE | RR, NULL),
	ROW(0x5607, "7.6.7.6.8", S | II | IE | RR, NULL),
	ROW(0x5608, "7.6.7.6.9", S | II | IE, NULL),
	ROW(0x5700, "7.7.13.1", S | U | IE | RR, NULL),
	ROW(0x5701, "7.7.13.2", S | II | U | IE | RR, NULL),
	ROW(0x5702, "7.7.13.3", S | II | U | IE | RR, NULL),
	ROW(0x5703, "7.7.13.4", S | II | U | IE | RR, NULL),
	ROW(0x5704, "7.7.13.5", S | II | U | IE | RR, NULL),
	ROW(0x5705, "7.7.13.6", II | U | IE | RR | B,
	    "list prints neither Success nor Background Command Started"),
	ROW(0x5706, "7.7.13.7", BG | II | U | IE | RR | B,
	    "no Success: binding runs in the background"),
	ROW(0x5707, "7.7.13.8", S | II | U | IE | RR, NULL),
	ROW(0x5708, "7.7.13.9", S | II | U | IE | RR, NULL),
	ROW(0x5709, "7.7.13.10", S | II | U | IE | RR, NULL),
	ROW(0x570A, "7.7.13.11", S | II | U | IE | RR, NULL),
	ROW(0x570B, "7.7.13.12", S | II | U | IE | RR, NULL),
	ROW(0x570C, "7.7.13.13", S | II | U | IE | RR, NULL),
	ROW(0x570D, "7.7.13.14", S | II | U | IE | RR, NULL),
	ROW(0x570E, "7.7.13.15", S | II | U | IE | RR, NULL),
	ROW(0x570F, "7.7.13.16", S | II | U | IE | RR, NULL),
	ROW(0x5710, "7.7.13.17", S | II | U | IE | RR, NULL),
	ROW(0x5711, "7.7.13.18", S | II | U | IE | RR, NULL),
	ROW(0x5712, "7.7.13.19", S | II | U | IE | RR, NULL),
	ROW(0x5713, "7.7.13.20", S | II | U | IE | RR, NULL),
	ROW(0x5714, "7.7.13.21", S | II | U | IE | RR, NULL),
	ROW(0x5715, "7.7.13.22", S | II | U | IE | RR, NULL),
	ROW(0x5716, "7.7.13.23", S | II | U | IE | RR, NULL),
	ROW(0x5800, "7.7.14.1", S | II | U | IE | RR, NULL),
	ROW(0x5801, "7.7.14.2", S | II | U | IE | RR, NULL),
	ROW(0x5802, "7.7.14.3", S | II | U | IE | RR, NULL),
	ROW(0x5803, "7.7.14.4", S | II | U | IE | RR, NULL),
	ROW(0x5804, "7.7.14.5", S | II | U | IE | RR, NULL),
	ROW(0x5805, "7.7.14.6", S | II | U | IE | RR, NULL),
	ROW(0x5806, "7.7.14.7", S | II | U | IE | RR, NULL),
	ROW(0x5807, "7.7.14.8", S | II | U | IE | RR, NULL),
	ROW(0x5808, "7.7.14.9", S | II | U | IE | RR, NULL),
	ROW(0x5809, "7.7.14.10", S | II | U | IE | RR | RE, NULL),
	ROW(0x580A, "7.7.14.11", S | II | U | IE | RR, NULL),
	ROW(0x580B, "7.7.14.12", S | II | U | IE | RR, NULL),
	ROW(0x5900, "7.7.15.1", S | II | U | IE | RR, NULL),
	ROW(0x5901, "7.7.15.2", S | II | U | IE | RR, NULL),
	ROW(0x5902, "7.7.15.3", S | II | U | IE | RR, NULL),
	ROW(0x5903, "7.7.15.4", S | II | U | IE | RR, NULL),
	ROW(0x5904, "7.7.15.5", S | II | U | IE | RR, NULL),
};

#define NROWS (sizeof(rows) / sizeof(rows[0]))

const struct cxlmb_rc_list *cxlmb_rc_list_find(uint16_t op)
{
	size_t lo = 0, hi = NROWS;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (rows[mid].op == op)
			return &rows[mid];
		if (rows[mid].op < op)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

size_t cxlmb_rc_list_count(void)
{
	return NROWS;
}

const struct cxlmb_rc_list *cxlmb_rc_list_at(size_t i)
{
	return i < NROWS ? &rows[i] : NULL;
}

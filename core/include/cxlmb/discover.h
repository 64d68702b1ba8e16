/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Register discovery: where a CXL device's registers are.
 *
 * 1. PCIe configuration space -> Register Locator DVSEC (CXL r3.2 §8.1.9)
 *    -> which BAR, at which offset, holds which register block.
 * 2. The CXL device register block -> Device Capabilities Array (§8.2.8.1,
 *    §8.2.8.2) -> Device Status, Primary/Secondary Mailbox, Memory Device
 *    Status.
 * Every count, offset and length read from the device is checked against
 * the region it claims to lie in before it is used. */
#ifndef CXLMB_DISCOVER_H
#define CXLMB_DISCOVER_H

#include "backend.h"
#include "env.h"
#include "mbox.h"

#ifdef __cplusplus
extern "C" {
#endif

#define CXLMB_PCI_EXT_CAP_START 0x100u
#define CXLMB_PCI_CFG_SPACE_MAX 0x1000u
#define CXLMB_PCI_EXT_CAP_DVSEC 0x0023u
#define CXLMB_DVSEC_VENDOR_CXL 0x1E98u
#define CXLMB_DVSEC_CXL_DEVICE 0x0000u
#define CXLMB_DVSEC_REGISTER_LOCATOR 0x0008u

/* Register Block Identifiers (r3.2 §8.1.9.1, Table 8-50 Register Offset
 * Low): 06h-FEh are reserved and refused. */
#define CXLMB_RBI_EMPTY 0u
#define CXLMB_RBI_COMPONENT 1u
#define CXLMB_RBI_BAR_VIRT_ACL 2u
#define CXLMB_RBI_MEMDEV 3u
#define CXLMB_RBI_CPMU 4u
#define CXLMB_RBI_CHMU 5u
#define CXLMB_RBI_VENDOR 0xFFu /* Designated Vendor Specific (Table 8-51) */

/* BARs a Register Locator entry may name (BIR 0-5). */
#define CXLMB_PCI_BARS 6u

/* Find the DVSEC (vendor, id) in a configuration-space image of cfg_len
 * bytes: its offset and length. */
int cxlmb_dvsec_find(const uint8_t *cfg, size_t cfg_len, uint16_t vendor, uint16_t id,
		     uint32_t *off, uint32_t *len);

struct cxlmb_regblock {
	uint8_t bir;     /* BAR indicator */
	uint8_t rbi;     /* register block identifier */
	uint64_t offset; /* from the BAR base; 64 KiB aligned */
	uint64_t avail;  /* bytes from the block to the end of its BAR: the
			  * most a block_len may be (cxlmb_devregs_parse) */
};

/* Number of Register Locator entries (including empty ones). */
int cxlmb_regloc_count(const uint8_t *cfg, size_t cfg_len, uint32_t *count);
/* Entry i of the Register Locator.  bar_len[b] is the size of BAR b in
 * bytes (0: not implemented).  A non-empty entry must name a BAR 0-5 and a
 * defined RBI (else BAD_DVSEC) and start inside that BAR (else
 * OUT_OF_RANGE). */
int cxlmb_regloc_entry(const uint8_t *cfg, size_t cfg_len, const uint64_t bar_len[CXLMB_PCI_BARS],
		       uint32_t i, struct cxlmb_regblock *out);
/* The nth (0-based) entry with identifier rbi: NOT_FOUND if there is none.
 * Every entry up to it must be well formed (BIR, RBI); the BAR check
 * applies to the entry found (another block's BAR need not be known). */
int cxlmb_regloc_find(const uint8_t *cfg, size_t cfg_len, const uint64_t bar_len[CXLMB_PCI_BARS],
		      uint8_t rbi, unsigned nth, struct cxlmb_regblock *out);

/* Device capability IDs (§8.2.8.2.1, Table 8-25). */
#define CXLMB_CAP_DEV_STATUS 0x0001u
#define CXLMB_CAP_PRIMARY_MBOX 0x0002u
#define CXLMB_CAP_SECONDARY_MBOX 0x0003u
#define CXLMB_CAP_MEMDEV_STATUS 0x4000u
#define CXLMB_CAP_VENDOR_FIRST 0x8000u

struct cxlmb_devcap {
	bool present;
	uint8_t version;
	uint32_t offset; /* from the start of the block */
	uint32_t length;
};

struct cxlmb_devregs {
	uint8_t array_version;
	uint16_t count;          /* capability headers in the array */
	struct cxlmb_devcap dev_status, primary_mbox, secondary_mbox, memdev_status;
	uint16_t vendor_caps;    /* IDs 8000h-FFFFh seen */
	uint16_t unknown_caps;   /* other IDs seen */
};

/* Walk the Device Capabilities Array of a register block of block_len bytes
 * (at most the entry's avail), read through the backend.  A known
 * capability listed twice, or two capabilities whose registers overlap (a
 * known one with any other), is an error (BAD_CAP_ARRAY): a device must not
 * offer two places for one register set.  A backend's CXLMB_E_* code is
 * passed on (else BACKEND). */
int cxlmb_devregs_parse(const struct cxlmb_backend_ops *ops, void *ctx, uint32_t block_len,
			struct cxlmb_devregs *out);
/* The same over a byte image of the block. */
int cxlmb_devregs_parse_bytes(const uint8_t *blk, size_t len, struct cxlmb_devregs *out);

/* Transport configuration for the primary mailbox (NOT_FOUND without one):
 * sets the offsets, mbox_len and the readiness register; the time budgets
 * the caller set in *cfg are kept (a budget or poll of 0 gets the default
 * of cxlmb_mbox_config_default). */
int cxlmb_devregs_mbox_config(const struct cxlmb_devregs *r, struct cxlmb_mbox_config *cfg);

#ifdef __cplusplus
}
#endif

#endif

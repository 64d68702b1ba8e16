/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* PCIe extended capability walk, DVSEC lookup and the CXL Register Locator
 * DVSEC (PCIe r6.0 §7.6.3, §7.9.6; CXL r3.2 §8.1.9). */
#include "cxlmb/discover.h"
#include "cxlmb/error.h"
#include "le.h"

int cxlmb_dvsec_find(const uint8_t *cfg, size_t cfg_len, uint16_t vendor, uint16_t id,
		     uint32_t *off, uint32_t *len)
{
	uint32_t pos = CXLMB_PCI_EXT_CAP_START;
	size_t steps;

	if (!cfg || !off || !len)
		return CXLMB_E_INVALID_ARG;
	if (cfg_len > CXLMB_PCI_CFG_SPACE_MAX)
		cfg_len = CXLMB_PCI_CFG_SPACE_MAX;
	if (cfg_len < pos + 4)
		return CXLMB_E_NOT_FOUND;
	/* a chain that only moves forward ends within this many steps */
	for (steps = (cfg_len - pos) / 4; steps; steps--) {
		uint32_t hdr = cxlmb_get_le32(cfg + pos), next;

		if (hdr == 0 || hdr == 0xFFFFFFFFu)
			return CXLMB_E_NOT_FOUND; /* empty list / absent function */
		if ((hdr & 0xFFFF) == CXLMB_PCI_EXT_CAP_DVSEC) {
			uint32_t h1, h2, dlen;
			if (pos + 0x0C > cfg_len)
				return CXLMB_E_OUT_OF_RANGE;
			h1 = cxlmb_get_le32(cfg + pos + 4);
			h2 = cxlmb_get_le32(cfg + pos + 8);
			dlen = h1 >> 20;
			if ((h1 & 0xFFFF) == vendor && (h2 & 0xFFFF) == id) {
				if (dlen < 0x0C)
					return CXLMB_E_BAD_DVSEC;
				if (pos + dlen > cfg_len)
					return CXLMB_E_OUT_OF_RANGE;
				*off = pos;
				*len = dlen;
				return CXLMB_E_OK;
			}
		}
		next = hdr >> 20;
		if (next == 0)
			return CXLMB_E_NOT_FOUND;
		/* strictly forward (so never below the first, at
		 * CXLMB_PCI_EXT_CAP_START), dword aligned, inside the image: no
		 * loops */
		if (next <= pos || next % 4)
			return CXLMB_E_BAD_CAP_CHAIN;
		if (next + 4 > cfg_len)
			return CXLMB_E_OUT_OF_RANGE;
		pos = next;
	}
	/* not reached: every turn moves pos forward by 4 or more and keeps
	 * pos + 4 <= cfg_len; the step bound stays as the loop's guarantee */
	return CXLMB_E_BAD_CAP_CHAIN;
}

static int regloc(const uint8_t *cfg, size_t cfg_len, uint32_t *off, uint32_t *count)
{
	uint32_t len;
	int rc = cxlmb_dvsec_find(cfg, cfg_len, CXLMB_DVSEC_VENDOR_CXL, CXLMB_DVSEC_REGISTER_LOCATOR,
				  off, &len);
	if (rc)
		return rc;
	/* 0Ch of headers then 8-byte entries (§8.1.9, Figure 8-10) */
	if ((len - 0x0C) % 8)
		return CXLMB_E_BAD_DVSEC;
	*count = (len - 0x0C) / 8;
	return CXLMB_E_OK;
}

int cxlmb_regloc_count(const uint8_t *cfg, size_t cfg_len, uint32_t *count)
{
	uint32_t off;
	if (!count)
		return CXLMB_E_INVALID_ARG;
	return regloc(cfg, cfg_len, &off, count);
}

static bool rbi_defined(uint8_t rbi)
{
	return rbi <= CXLMB_RBI_CHMU || rbi == CXLMB_RBI_VENDOR;
}

/* Entry i as the locator states it: a non-empty one names BAR 0-5 and a
 * defined identifier. */
static int entry_at(const uint8_t *cfg, uint32_t off, uint32_t i, struct cxlmb_regblock *out)
{
	uint32_t lo = cxlmb_get_le32(cfg + off + 0x0C + 8 * i);
	uint32_t hi = cxlmb_get_le32(cfg + off + 0x10 + 8 * i);

	out->bir = (uint8_t)(lo & 0x7);
	out->rbi = (uint8_t)((lo >> 8) & 0xFF);
	out->offset = ((uint64_t)hi << 32) | (lo & 0xFFFF0000u);
	out->avail = 0;
	if (out->rbi == CXLMB_RBI_EMPTY)
		return CXLMB_E_OK;
	/* BARs 0-5 only (6 and 7 are reserved); reserved identifiers refused */
	if (out->bir >= CXLMB_PCI_BARS || !rbi_defined(out->rbi))
		return CXLMB_E_BAD_DVSEC;
	return CXLMB_E_OK;
}

/* The block starts inside its BAR (Linux skips one that does not). */
static int in_bar(const uint64_t bar_len[CXLMB_PCI_BARS], struct cxlmb_regblock *out)
{
	if (out->rbi == CXLMB_RBI_EMPTY)
		return CXLMB_E_OK;
	if (out->offset >= bar_len[out->bir])
		return CXLMB_E_OUT_OF_RANGE;
	out->avail = bar_len[out->bir] - out->offset;
	return CXLMB_E_OK;
}

int cxlmb_regloc_entry(const uint8_t *cfg, size_t cfg_len, const uint64_t bar_len[CXLMB_PCI_BARS],
		       uint32_t i, struct cxlmb_regblock *out)
{
	uint32_t off, count;
	int rc;

	if (!out || !bar_len)
		return CXLMB_E_INVALID_ARG;
	cxlmb_memset(out, 0, sizeof(*out));
	if ((rc = regloc(cfg, cfg_len, &off, &count)) != 0)
		return rc;
	if (i >= count)
		return CXLMB_E_NOT_FOUND;
	if ((rc = entry_at(cfg, off, i, out)) != 0)
		return rc;
	return in_bar(bar_len, out);
}

int cxlmb_regloc_find(const uint8_t *cfg, size_t cfg_len, const uint64_t bar_len[CXLMB_PCI_BARS],
		      uint8_t rbi, unsigned nth, struct cxlmb_regblock *out)
{
	uint32_t off, count;
	int rc;

	if (!out || !bar_len)
		return CXLMB_E_INVALID_ARG;
	cxlmb_memset(out, 0, sizeof(*out));
	if ((rc = regloc(cfg, cfg_len, &off, &count)) != 0)
		return rc;
	for (uint32_t i = 0; i < count; i++) {
		if ((rc = entry_at(cfg, off, i, out)) != 0)
			return rc;
		if (out->rbi == rbi && nth-- == 0)
			return in_bar(bar_len, out);
	}
	return CXLMB_E_NOT_FOUND;
}

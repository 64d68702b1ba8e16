/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Device Capabilities Array walk (CXL r3.2 §8.2.8.1, §8.2.8.2). */
#include "cxlmb/discover.h"
#include "cxlmb/error.h"
#include "le.h"

/* Smallest register area each capability must offer. */
#define DEV_STATUS_MIN 8u
#define MEMDEV_STATUS_MIN 8u
#define MBOX_MIN (CXLMB_MBOX_PAYLOAD + 256u)

/* A backend's own CXLMB_E_* code is kept; anything else is BACKEND. */
static int rd32(const struct cxlmb_backend_ops *ops, void *ctx, uint32_t off, uint32_t *v)
{
	int rc = ops->read32(ctx, off, v);
	if (rc == 0)
		return CXLMB_E_OK;
	return rc > 0 && rc < CXLMB_E_COUNT_ ? rc : CXLMB_E_BACKEND;
}

/* One capability header (§8.2.8.2, Table 8-25 layout). */
struct hdr {
	uint16_t id;
	uint8_t ver;
	uint32_t off, len;
};

static int read_hdr(const struct cxlmb_backend_ops *ops, void *ctx, uint32_t n, struct hdr *h)
{
	uint32_t w;
	int rc;

	if ((rc = rd32(ops, ctx, 0x10 * n, &w)) != 0 ||
	    (rc = rd32(ops, ctx, 0x10 * n + 4, &h->off)) != 0 ||
	    (rc = rd32(ops, ctx, 0x10 * n + 8, &h->len)) != 0)
		return rc;
	h->id = (uint16_t)w;
	h->ver = (uint8_t)(w >> 16);
	return CXLMB_E_OK;
}

/* b is a recorded known capability: never empty (record() wants its
 * minimum), so only a can be. */
static bool overlap(uint32_t a_off, uint32_t a_len, uint32_t b_off, uint32_t b_len)
{
	return a_len && (uint64_t)a_off < (uint64_t)b_off + b_len &&
	       (uint64_t)b_off < (uint64_t)a_off + a_len;
}

/* Does [off, off+len) overlap a known capability other than itself? */
static bool overlaps_known(const struct cxlmb_devregs *r, const struct cxlmb_devcap *self,
			   uint32_t off, uint32_t len)
{
	const struct cxlmb_devcap *caps[] = { &r->dev_status, &r->primary_mbox, &r->secondary_mbox,
					      &r->memdev_status };
	for (unsigned i = 0; i < CXLMB_ARRAY_SIZE(caps); i++)
		if (caps[i] != self && caps[i]->present &&
		    overlap(off, len, caps[i]->offset, caps[i]->length))
			return true;
	return false;
}

static bool is_known(uint16_t id)
{
	return id == CXLMB_CAP_DEV_STATUS || id == CXLMB_CAP_PRIMARY_MBOX ||
	       id == CXLMB_CAP_SECONDARY_MBOX || id == CXLMB_CAP_MEMDEV_STATUS;
}

static int record(struct cxlmb_devcap *cap, uint8_t ver, uint32_t off, uint32_t len, uint32_t min)
{
	if (cap->present)
		return CXLMB_E_BAD_CAP_ARRAY; /* listed twice */
	if (len < min)
		return CXLMB_E_OUT_OF_RANGE;
	cap->present = true;
	cap->version = ver;
	cap->offset = off;
	cap->length = len;
	return CXLMB_E_OK;
}

int cxlmb_devregs_parse(const struct cxlmb_backend_ops *ops, void *ctx, uint32_t block_len,
			struct cxlmb_devregs *out)
{
	uint32_t lo, hi, array_end;
	int rc;

	if (!ops || !ops->read32 || !out)
		return CXLMB_E_INVALID_ARG;
	cxlmb_memset(out, 0, sizeof(*out));
	if (block_len < 0x10)
		return CXLMB_E_OUT_OF_RANGE;
	if ((rc = rd32(ops, ctx, 0x0, &lo)) != 0 || (rc = rd32(ops, ctx, 0x4, &hi)) != 0)
		return rc;
	if ((lo & 0xFFFF) != 0)
		return CXLMB_E_BAD_CAP_ARRAY; /* Capability ID of the array itself is 0 */
	out->array_version = (uint8_t)(lo >> 16);
	out->count = (uint16_t)hi;
	/* the headers themselves must fit the block */
	array_end = 0x10u * ((uint32_t)out->count + 1);
	if (array_end > block_len)
		return CXLMB_E_OUT_OF_RANGE;

	for (uint32_t n = 1; n <= out->count; n++) {
		struct hdr h;
		struct cxlmb_devcap *cap = NULL;

		if ((rc = read_hdr(ops, ctx, n, &h)) != 0)
			return rc;
		/* registers may not overlap the array, must be 8-byte aligned
		 * (64-bit registers) and must lie inside the block */
		if (h.off % 8 || (h.off < array_end && h.len))
			return CXLMB_E_BAD_CAP_ARRAY;
		if ((uint64_t)h.off + h.len > block_len)
			return CXLMB_E_OUT_OF_RANGE;
		switch (h.id) {
		case CXLMB_CAP_DEV_STATUS:
			cap = &out->dev_status;
			rc = record(cap, h.ver, h.off, h.len, DEV_STATUS_MIN);
			break;
		case CXLMB_CAP_PRIMARY_MBOX:
			cap = &out->primary_mbox;
			rc = record(cap, h.ver, h.off, h.len, MBOX_MIN);
			break;
		case CXLMB_CAP_SECONDARY_MBOX:
			cap = &out->secondary_mbox;
			rc = record(cap, h.ver, h.off, h.len, MBOX_MIN);
			break;
		case CXLMB_CAP_MEMDEV_STATUS:
			cap = &out->memdev_status;
			rc = record(cap, h.ver, h.off, h.len, MEMDEV_STATUS_MIN);
			break;
		default:
			if (h.id >= CXLMB_CAP_VENDOR_FIRST)
				out->vendor_caps++;
			else
				out->unknown_caps++;
			break;
		}
		if (rc)
			return rc;
		/* known registers in two places at once: e.g. Memory Device
		 * Status inside the mailbox payload */
		if (cap && overlaps_known(out, cap, h.off, h.len))
			return CXLMB_E_BAD_CAP_ARRAY;
	}
	/* every other capability against the known ones, now all recorded */
	for (uint32_t n = 1; n <= out->count && out->vendor_caps + out->unknown_caps; n++) {
		struct hdr h;

		if ((rc = read_hdr(ops, ctx, n, &h)) != 0)
			return rc;
		if (!is_known(h.id) && overlaps_known(out, NULL, h.off, h.len))
			return CXLMB_E_BAD_CAP_ARRAY;
	}
	return CXLMB_E_OK;
}

/* Byte-image backend for cxlmb_devregs_parse_bytes. */
struct image {
	const uint8_t *p;
	size_t len;
};

static int img_read32(void *ctx, uint32_t off, uint32_t *v)
{
	const struct image *im = ctx;
	/* never taken by cxlmb_devregs_parse (it reads only the headers it
	 * checked against block_len <= len): the guard of the caller's buffer */
	if (im->len < 4 || off > im->len - 4)
		return CXLMB_E_OUT_OF_RANGE;
	*v = cxlmb_get_le32(im->p + off);
	return CXLMB_E_OK;
}

static const struct cxlmb_backend_ops image_ops = { .read32 = img_read32 };

int cxlmb_devregs_parse_bytes(const uint8_t *blk, size_t len, struct cxlmb_devregs *out)
{
	struct image im = { blk, len };
	if (!blk)
		return CXLMB_E_INVALID_ARG;
	return cxlmb_devregs_parse(&image_ops, &im, len > UINT32_MAX ? UINT32_MAX : (uint32_t)len, out);
}

int cxlmb_devregs_mbox_config(const struct cxlmb_devregs *r, struct cxlmb_mbox_config *cfg)
{
	if (!r || !cfg)
		return CXLMB_E_INVALID_ARG;
	if (!r->primary_mbox.present)
		return CXLMB_E_NOT_FOUND;
	/* the caller's budgets stay; only unset ones get the defaults */
	struct cxlmb_mbox_config d;
	cxlmb_mbox_config_default(&d);
	if (!cfg->cmd_timeout_ns)
		cfg->cmd_timeout_ns = d.cmd_timeout_ns;
	if (!cfg->ready_timeout_ns)
		cfg->ready_timeout_ns = d.ready_timeout_ns;
	if (!cfg->poll_ns)
		cfg->poll_ns = d.poll_ns;
	if (!cfg->poll_cost_ns)
		cfg->poll_cost_ns = d.poll_cost_ns;
	cfg->mbox_off = r->primary_mbox.offset;
	cfg->mbox_len = r->primary_mbox.length;
	cfg->has_memdev_status = r->memdev_status.present;
	cfg->memdev_status_off = r->memdev_status.offset;
	return CXLMB_E_OK;
}

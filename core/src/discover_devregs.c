/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Device Capabilities Array walk (CXL r3.2 §8.2.8.1, §8.2.8.2). */
#include "cxlmb/discover.h"
#include "cxlmb/error.h"
#include "le.h"

/* Smallest register area each capability must offer. */
#define DEV_STATUS_MIN 8u
#define MEMDEV_STATUS_MIN 8u
#define MBOX_MIN (CXLMB_MBOX_PAYLOAD + 256u)

static int rd32(const struct cxlmb_backend_ops *ops, void *ctx, uint32_t off, uint32_t *v)
{
	return ops->read32(ctx, off, v) ? CXLMB_E_BACKEND : CXLMB_E_OK;
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
		uint32_t h, off, len;
		uint16_t id;
		uint8_t ver;

		if ((rc = rd32(ops, ctx, 0x10 * n, &h)) != 0 ||
		    (rc = rd32(ops, ctx, 0x10 * n + 4, &off)) != 0 ||
		    (rc = rd32(ops, ctx, 0x10 * n + 8, &len)) != 0)
			return rc;
		id = (uint16_t)h;
		ver = (uint8_t)(h >> 16);
		/* registers may not overlap the array, must be 8-byte aligned
		 * (64-bit registers) and must lie inside the block */
		if (off % 8 || (off < array_end && len))
			return CXLMB_E_BAD_CAP_ARRAY;
		if ((uint64_t)off + len > block_len)
			return CXLMB_E_OUT_OF_RANGE;
		switch (id) {
		case CXLMB_CAP_DEV_STATUS:
			rc = record(&out->dev_status, ver, off, len, DEV_STATUS_MIN);
			break;
		case CXLMB_CAP_PRIMARY_MBOX:
			rc = record(&out->primary_mbox, ver, off, len, MBOX_MIN);
			break;
		case CXLMB_CAP_SECONDARY_MBOX:
			rc = record(&out->secondary_mbox, ver, off, len, MBOX_MIN);
			break;
		case CXLMB_CAP_MEMDEV_STATUS:
			rc = record(&out->memdev_status, ver, off, len, MEMDEV_STATUS_MIN);
			break;
		default:
			if (id >= CXLMB_CAP_VENDOR_FIRST)
				out->vendor_caps++;
			else
				out->unknown_caps++;
			break;
		}
		if (rc)
			return rc;
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
	cxlmb_mbox_config_default(cfg);
	cfg->mbox_off = r->primary_mbox.offset;
	cfg->mbox_len = r->primary_mbox.length;
	cfg->has_memdev_status = r->memdev_status.present;
	cfg->memdev_status_off = r->memdev_status.offset;
	return CXLMB_E_OK;
}

/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Features (CXL r3.2 §8.2.10.6) and the vendor debug log's capabilities
 * (§8.2.10.5.3-4).
 *
 * Patrol scrub control (UUID 96dad7d6-fde8-482b-a733-75774e06db8a) is the
 * changeable feature.  Its data as this device defines it: Get (4 bytes)
 * 00 capabilities (b0 cycle changeable), 01 current cycle in hours,
 * 02 minimum cycle in hours, 03 flags (b0 enabled); Set (2 bytes) 00 cycle
 * in hours, 01 flags (b0 enable).  A vendor feature (read-only, 8 bytes:
 * commands executed) shows a feature that cannot be set. */
#include <string.h>

#include "sim_internal.h"

static const uint8_t uuid_scrub[16] = { 0x96, 0xda, 0xd7, 0xd6, 0xfd, 0xe8, 0x48, 0x2b,
					0xa7, 0x33, 0x75, 0x77, 0x4e, 0x06, 0xdb, 0x8a };
/* "cxlmb-sim stats" in a version-4-shaped UUID */
static const uint8_t uuid_stats[16] = { 0x63, 0x78, 0x6c, 0x6d, 0x62, 0x2d, 0x43, 0x69,
					0x8d, 0x20, 0x73, 0x74, 0x61, 0x74, 0x73, 0x00 };

#define ATTR_CHANGEABLE 0x01u
#define ATTR_DEFAULT_SEL 0x20u
#define ATTR_SAVED_SEL 0x40u

static const struct cxlmb_feature_entry features[] = {
	{ .uuid = { 0 }, .index = 0, .get_size = 4, .set_size = 2,
	  .attr_flags = ATTR_CHANGEABLE | ATTR_DEFAULT_SEL | ATTR_SAVED_SEL | (4u << 1), /* saved: cold reset */
	  .get_version = 1, .set_version = 1, .set_effects = CXLMB_EFF_IMM_CONFIG },
	{ .uuid = { 0 }, .index = 1, .get_size = 8, .set_size = 0, .attr_flags = 0,
	  .get_version = 1, .set_version = 0, .set_effects = 0 },
};
#define NFEATURES (sizeof(features) / sizeof(features[0]))

static const uint8_t *feature_uuid(unsigned i)
{
	return i == 0 ? uuid_scrub : uuid_stats;
}

static int feature_find(const uint8_t uuid[16])
{
	for (unsigned i = 0; i < NFEATURES; i++)
		if (memcmp(uuid, feature_uuid(i), 16) == 0)
			return (int)i;
	return -1;
}

uint16_t cxlmb_sim_h_get_sup_features(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_get_sup_features_req *q = req;
	struct cxlmb_get_sup_features_rsp *r = rsp;
	uint8_t *out = cxlmb_sim_scratch(c);
	uint32_t room = q->count > 8 ? (q->count - 8) / 0x30 : 0;
	uint16_t n = 0;
	size_t len;

	/* Count is the bytes to return, the 8-byte header included, and the
	 * device "shall return no more bytes than requested" (r3.2 Table
	 * 8-107): fewer than 8 leaves no answer to give */
	if (q->count < 8 || q->start_index > NFEATURES)
		return CXLMB_RC_INVALID_INPUT;
	for (unsigned i = q->start_index; i < NFEATURES && n < room; i++, n++) {
		struct cxlmb_feature_entry e = features[i];
		memcpy(e.uuid, feature_uuid(i), 16);
		if (cxlmb_feature_entry_encode(&e, out + 0x30 * n, 0x30, &len))
			return CXLMB_RC_INTERNAL;
	}
	r->count = n;
	r->supported = NFEATURES;
	r->entries = (struct cxlmb_array){ out, n, NULL };
	return CXLMB_RC_SUCCESS;
}

/* The feature's data for a selection (0 current, 1 default, 2 saved). */
static void feature_data(const struct sim_ctx *c, int f, unsigned sel, uint8_t *d)
{
	if (f == 0) {
		d[0] = 0x01;
		d[1] = sel == 1 ? 24 : sel == 2 ? c->t3->scrub.saved_cycle : c->t3->scrub.cycle;
		d[2] = CXLMB_SIM_SCRUB_MIN_HOURS;
		d[3] = sel == 1 ? 1 : sel == 2 ? c->t3->scrub.saved_enabled : c->t3->scrub.enabled;
	} else {
		for (unsigned i = 0; i < 8; i++)
			d[i] = (uint8_t)(c->s->commands >> (8 * i));
	}
}

uint16_t cxlmb_sim_h_get_feature(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_get_feature_req *q = req;
	uint8_t *out = cxlmb_sim_scratch(c);
	int f = feature_find(q->uuid);

	if (f < 0)
		return CXLMB_RC_UNSUPPORTED;
	if (q->selection > 2 || (q->selection == 1 && !(features[f].attr_flags & ATTR_DEFAULT_SEL)) ||
	    (q->selection == 2 && !(features[f].attr_flags & ATTR_SAVED_SEL)))
		return CXLMB_RC_FEATURE_SELECTION;
	if (q->offset > features[f].get_size || q->count > features[f].get_size - q->offset)
		return CXLMB_RC_INVALID_INPUT;
	feature_data(c, f, q->selection, out);
	((struct cxlmb_feature_data *)rsp)->data = (struct cxlmb_bytes){ out + q->offset, q->count };
	return CXLMB_RC_SUCCESS;
}

static uint16_t scrub_apply(const struct sim_ctx *c, const uint8_t d[2], bool saved)
{
	if (d[0] < CXLMB_SIM_SCRUB_MIN_HOURS || (d[1] & 0xFE))
		return CXLMB_RC_INVALID_INPUT;
	c->t3->scrub.cycle = d[0];
	c->t3->scrub.enabled = d[1] & 1;
	if (saved) {
		c->t3->scrub.saved_cycle = d[0];
		c->t3->scrub.saved_enabled = d[1] & 1;
	}
	return CXLMB_RC_SUCCESS;
}

/* Transfers: 0 full, 1 initiate, 2 continue, 3 finish, 4 abort.  Parts
 * arrive in order (offset = bytes received so far). */
uint16_t cxlmb_sim_h_set_feature(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_set_feature_req *q = req;
	int f = feature_find(q->uuid);
	uint32_t end = (uint32_t)q->offset + q->data.len;
	(void)rsp;

	if (f < 0)
		return CXLMB_RC_UNSUPPORTED;
	if (!(features[f].attr_flags & ATTR_CHANGEABLE))
		return CXLMB_RC_UNSUPPORTED;
	if (q->transfer == 4) { /* abort */
		c->t3->scrub.xfer = 0;
		return CXLMB_RC_SUCCESS;
	}
	if (q->version != features[f].set_version)
		return CXLMB_RC_FEATURE_VERSION;
	if (q->transfer > 4 || end > features[f].set_size)
		return CXLMB_RC_INVALID_INPUT;
	switch (q->transfer) {
	case 0:
	case 1:
		if (c->t3->scrub.xfer)
			return CXLMB_RC_FEATURE_XFER_IN_PROGRESS;
		if (q->offset != 0)
			return CXLMB_RC_INVALID_INPUT;
		if (q->transfer == 0) {
			if (end != features[f].set_size)
				return CXLMB_RC_INVALID_INPUT;
			return scrub_apply(c, q->data.data, q->saved_across_reset);
		}
		break;
	default: /* continue, finish */
		if (!c->t3->scrub.xfer || q->offset != c->t3->scrub.xfer_next)
			return CXLMB_RC_FEATURE_XFER_OUT_OF_ORDER;
		break;
	}
	memcpy(c->t3->scrub.staged + q->offset, q->data.data, q->data.len);
	c->t3->scrub.xfer = 1;
	c->t3->scrub.xfer_next = (uint8_t)end;
	if (q->transfer == 3) {
		c->t3->scrub.xfer = 0;
		if (end != features[f].set_size)
			return CXLMB_RC_INVALID_INPUT;
		return scrub_apply(c, c->t3->scrub.staged, q->saved_across_reset);
	}
	return CXLMB_RC_SUCCESS;
}

/* ---- log capabilities: the vendor debug log can be cleared ---- */

static bool known_log(const struct sim_ctx *c, const uint8_t *uuid, bool *vendor)
{
	*vendor = c->ep == CXLMB_SIM_EP_TYPE3 && memcmp(uuid, cxlmb_uuid_vendor_debug, 16) == 0;
	return *vendor || memcmp(uuid, cxlmb_uuid_cel, 16) == 0;
}

uint16_t cxlmb_sim_h_get_log_caps(const struct sim_ctx *c, const void *req, void *rsp)
{
	struct cxlmb_get_log_caps_rsp *r = rsp;
	bool vendor;
	if (!known_log(c, ((const struct cxlmb_log_uuid_req *)req)->uuid, &vendor))
		return CXLMB_RC_INVALID_LOG;
	r->clear_supported = vendor;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_clear_log(const struct sim_ctx *c, const void *req, void *rsp)
{
	bool vendor;
	(void)rsp;
	if (!known_log(c, ((const struct cxlmb_log_uuid_req *)req)->uuid, &vendor))
		return CXLMB_RC_INVALID_LOG;
	if (!vendor)
		return CXLMB_RC_UNSUPPORTED; /* the CEL cannot be cleared */
	memset(c->t3->dbg.text, 0, c->t3->dbg.len);
	c->t3->dbg.len = 0;
	return CXLMB_RC_SUCCESS;
}

/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* MLD component commands (CXL r3.2 §7.6.7.4) at an MLD's FM-owned LD CCI,
 * and at the LD Pool CCI of the multi-headed device (§7.6.7.5), which a
 * tunnel of target type 1 reaches from one of its heads.  Either CCI finds
 * its device's state in c->mld and manages its LDs c->ld0 .. +c->nlds (an
 * MHD head's FM-owned LD: the head's own; the LD Pool: all of them), LD
 * IDs counted from there. */
#include <string.h>

#include "sim_internal.h"

/* The device's capacity in 256 MiB units, 1 GiB per LD, shared by every
 * LD's two ranges. */
static uint64_t dev_units(const struct sim_ctx *c)
{
	return (uint64_t)CXLMB_SIM_MLD_LD_UNITS * c->mld->nlds;
}

static uint16_t h_ld_info(const struct sim_ctx *c, const void *req, void *rsp)
{
	struct cxlmb_ld_info_rsp *r = rsp;
	(void)req;
	r->memory_size = (uint64_t)CXLMB_SIM_MLD_LD_UNITS * c->nlds << 28;
	r->ld_count = (uint16_t)c->nlds;
	r->qos_telemetry_caps = 0x3;
	return CXLMB_RC_SUCCESS;
}

static uint16_t h_ld_allocations(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_ld_range_req *q = req;
	struct cxlmb_get_ld_alloc_rsp *r = rsp;
	uint8_t *out = cxlmb_sim_scratch(c);
	uint8_t n = 0;
	size_t len;

	if (q->start >= c->nlds)
		return CXLMB_RC_INVALID_INPUT;
	for (unsigned ld = q->start; ld < c->nlds && n < q->limit; ld++, n++) {
		const uint64_t *al = c->mld->alloc[c->ld0 + ld];
		struct cxlmb_ld_alloc a = { al[0], al[1] };
		if (cxlmb_ld_alloc_encode(&a, out + 0x10 * n, 0x10, &len))
			return CXLMB_RC_INTERNAL;
	}
	r->num_lds = (uint8_t)c->nlds;
	r->granularity = 0; /* 256 MiB */
	r->start_ld = q->start;
	r->list_count = n;
	r->allocs = (struct cxlmb_array){ out, n, NULL };
	return CXLMB_RC_SUCCESS;
}

/* Allocations are in 256 MiB units over the whole device: an MHD head's
 * LDs share the device's capacity with the other heads'. */
static uint16_t h_set_ld_allocations(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_set_ld_alloc *q = req;
	struct cxlmb_set_ld_alloc *r = rsp;
	uint64_t want[CXLMB_SIM_LDS_MAX][2], total = 0;
	uint8_t *out = cxlmb_sim_scratch(c);
	size_t len;

	if (q->num_lds == 0 || q->start_ld >= c->nlds || q->num_lds > c->nlds - q->start_ld)
		return CXLMB_RC_INVALID_INPUT;
	memcpy(want, c->mld->alloc, sizeof(want));
	for (uint8_t i = 0; i < q->num_lds; i++) {
		struct cxlmb_ld_alloc a;
		if (cxlmb_array_get(&cxlmb_ld_alloc_schema, &q->allocs, i, 0, &a))
			return CXLMB_RC_INVALID_INPUT;
		if (a.range1_multiplier > dev_units(c) || a.range2_multiplier > dev_units(c))
			return CXLMB_RC_INVALID_INPUT;
		want[c->ld0 + q->start_ld + i][0] = a.range1_multiplier;
		want[c->ld0 + q->start_ld + i][1] = a.range2_multiplier;
	}
	for (unsigned ld = 0; ld < c->mld->nlds; ld++)
		total += want[ld][0] + want[ld][1];
	if (total > dev_units(c))
		return CXLMB_RC_RESOURCES_EXHAUSTED;
	memcpy(c->mld->alloc, want, sizeof(want));
	for (uint8_t i = 0; i < q->num_lds; i++) {
		const uint64_t *al = want[c->ld0 + q->start_ld + i];
		struct cxlmb_ld_alloc a = { al[0], al[1] };
		if (cxlmb_ld_alloc_encode(&a, out + 0x10 * i, 0x10, &len))
			return CXLMB_RC_INTERNAL;
	}
	r->num_lds = q->num_lds;
	r->start_ld = q->start_ld;
	r->allocs = (struct cxlmb_array){ out, q->num_lds, NULL };
	return CXLMB_RC_SUCCESS;
}

static uint16_t h_get_qos_control(const struct sim_ctx *c, const void *req, void *rsp)
{
	(void)req;
	*(struct cxlmb_qos_control *)rsp = c->mld->qos;
	return CXLMB_RC_SUCCESS;
}

static uint16_t h_set_qos_control(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_qos_control *q = req;
	if (q->egress_moderate_pct > 100 || q->egress_severe_pct > 100 ||
	    q->egress_moderate_pct > q->egress_severe_pct)
		return CXLMB_RC_INVALID_INPUT;
	c->mld->qos = *q;
	*(struct cxlmb_qos_control *)rsp = c->mld->qos;
	return CXLMB_RC_SUCCESS;
}

static uint16_t h_qos_status(const struct sim_ctx *c, const void *req, void *rsp)
{
	(void)c;
	(void)req;
	((struct cxlmb_qos_status_rsp *)rsp)->backpressure_avg_pct = 0;
	return CXLMB_RC_SUCCESS;
}

/* 5500h Get Multi-Headed Info: the head each LD maps to, from an LD on. */
static uint16_t h_mhd_info(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_ld_range_req *q = req;
	struct cxlmb_mhd_info_rsp *r = rsp;
	uint8_t *out = cxlmb_sim_scratch(c);
	uint8_t n = 0;

	if (q->start >= c->mld->nlds)
		return CXLMB_RC_INVALID_INPUT;
	for (unsigned ld = q->start; ld < c->mld->nlds && n < q->limit; ld++)
		out[n++] = c->mld->ld_head[ld];
	r->num_lds = c->mld->nlds;
	r->num_heads = c->mld->nheads;
	r->start_ld = q->start;
	r->map_count = n;
	r->ld_map = (struct cxlmb_array){ out, n, NULL };
	return CXLMB_RC_SUCCESS;
}

/* 5501h Get Head Info: each head's link, as its switch port trained it. */
static uint16_t h_head_info(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_head_info_req *q = req;
	struct cxlmb_head_info_rsp *r = rsp;
	uint8_t *out = cxlmb_sim_scratch(c);
	uint8_t n = 0;
	size_t len;

	if (q->start_head >= c->mld->nheads)
		return CXLMB_RC_INVALID_INPUT;
	for (unsigned h = q->start_head; h < c->mld->nheads && n < q->num_heads; h++, n++) {
		struct cxlmb_head_info hi = { .port_number = (uint8_t)h, .max_link_width = 16,
					      .negotiated_link_width = 16, .supported_link_speeds = 0x3F,
					      .max_link_speed = 6, .current_link_speed = 6,
					      .ltssm_state = 4 };
		if (cxlmb_head_info_encode(&hi, out + 9 * n, 9, &len))
			return CXLMB_RC_INTERNAL;
	}
	r->num_heads = n;
	r->heads = (struct cxlmb_array){ out, n, NULL };
	return CXLMB_RC_SUCCESS;
}

const struct sim_cmd cxlmb_sim_fmld_cmds[] = {
	{ 0x0001, cxlmb_sim_h_identify },
	{ 0x0400, cxlmb_sim_h_get_supported_logs },
	{ 0x0401, cxlmb_sim_h_get_log },
	{ 0x5300, cxlmb_sim_h_tunnel },
	{ 0x5400, h_ld_info },
	{ 0x5401, h_ld_allocations },
	{ 0x5402, h_set_ld_allocations },
	{ 0x5403, h_get_qos_control },
	{ 0x5404, h_set_qos_control },
	{ 0x5405, h_qos_status },
	{ 0x5600, cxlmb_sim_h_dcd_info },
	{ 0x5604, cxlmb_sim_h_dc_add },
	{ 0x5605, cxlmb_sim_h_dc_release },
};
const size_t cxlmb_sim_fmld_ncmds = sizeof(cxlmb_sim_fmld_cmds) / sizeof(cxlmb_sim_fmld_cmds[0]);

/* The LD Pool CCI: every LD of the device (tunnels reach each), its heads. */
const struct sim_cmd cxlmb_sim_ldpool_cmds[] = {
	{ 0x0001, cxlmb_sim_h_identify },
	{ 0x0400, cxlmb_sim_h_get_supported_logs },
	{ 0x0401, cxlmb_sim_h_get_log },
	{ 0x5300, cxlmb_sim_h_tunnel },
	{ 0x5400, h_ld_info },
	{ 0x5401, h_ld_allocations },
	{ 0x5402, h_set_ld_allocations },
	{ 0x5403, h_get_qos_control },
	{ 0x5404, h_set_qos_control },
	{ 0x5405, h_qos_status },
	{ 0x5500, h_mhd_info },
	{ 0x5501, h_head_info },
};
const size_t cxlmb_sim_ldpool_ncmds = sizeof(cxlmb_sim_ldpool_cmds) / sizeof(cxlmb_sim_ldpool_cmds[0]);

/* ---- lifecycle: allocations and QoS settings are volatile ---- */

static void mld_reset(struct cxlmb_sim *s)
{
	for (unsigned m = 0; m < s->nmld; m++) {
		struct cxlmb_sim_mld *mld = &s->mld[m];
		memset(mld->alloc, 0, sizeof(mld->alloc));
		for (unsigned ld = 0; ld < mld->nlds; ld++)
			mld->alloc[ld][0] = 1; /* 256 MiB each in range 1 */
		mld->qos = (struct cxlmb_qos_control){ .egress_congestion_enable = 1,
						       .egress_moderate_pct = 10, .egress_severe_pct = 25,
						       .backpressure_sample_interval = 8 };
	}
}

static const char *mld_check(const struct cxlmb_sim *s)
{
	for (unsigned m = 0; m < s->nmld; m++) {
		const struct cxlmb_sim_mld *mld = &s->mld[m];
		uint64_t alloc = 0;
		for (unsigned ld = 0; ld < mld->nlds; ld++)
			alloc += mld->alloc[ld][0] + mld->alloc[ld][1];
		if (alloc > (uint64_t)CXLMB_SIM_MLD_LD_UNITS * mld->nlds)
			return "LD allocations beyond the MLD's capacity";
	}
	return NULL;
}

const struct sim_concern cxlmb_sim_mld_concern = { mld_reset, mld_reset, mld_check };

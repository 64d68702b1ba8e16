/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Dynamic capacity (CXL r3.2 §8.2.10.9.9, §9.13.3): regions above the static
 * capacity; the fabric manager offers extents (cxlmb_sim_dc_offer), the host
 * accepts them with Add Dynamic Capacity Response and gives them back with
 * Release Dynamic Capacity.  Extents are tracked whole: a release names an
 * accepted extent exactly. */
#include <string.h>

#include "sim_internal.h"

#define DC_BASE ((uint64_t)CXLMB_SIM_CAP_TOTAL << 28)

static uint64_t region_base(unsigned r)
{
	return DC_BASE + r * CXLMB_SIM_DC_REGION_LEN;
}

static bool overlaps(const struct cxlmb_sim_extent *e, uint32_t n, uint64_t dpa, uint64_t len)
{
	for (uint32_t i = 0; i < n; i++)
		if (dpa < e[i].dpa + e[i].len && e[i].dpa < dpa + len)
			return true;
	return false;
}

/* Which region holds [dpa, dpa+len), or -1. */
static int region_of(uint64_t dpa, uint64_t len)
{
	for (unsigned r = 0; r < CXLMB_SIM_DC_REGIONS; r++) {
		uint64_t b = region_base(r);
		if (dpa >= b && len <= CXLMB_SIM_DC_REGION_LEN && dpa - b <= CXLMB_SIM_DC_REGION_LEN - len)
			return (int)r;
	}
	return -1;
}

static void dc_event(const struct sim_ctx *c, uint8_t type, unsigned region, uint64_t dpa, uint64_t len)
{
	struct cxlmb_event_record rec;

	memset(&rec, 0, sizeof(rec));
	rec.type = CXLMB_EVT_DYNAMIC_CAPACITY;
	rec.u.dc.event_type = type;
	rec.u.dc.region_index = (uint8_t)region;
	rec.u.dc.start_dpa = dpa;
	rec.u.dc.length = len;
	rec.u.dc.extents_available = CXLMB_SIM_DC_EXTENTS - c->t3->dc.naccepted;
	cxlmb_sim_add_typed_event(c, CXLMB_SIM_EVENT_LOG_DC, &rec);
}

/* Index of exactly this extent in a list, or -1. */
static int find_extent(const struct cxlmb_sim_extent *list, uint32_t n, struct cxlmb_sim_extent x)
{
	for (uint32_t j = 0; j < n; j++)
		if (list[j].dpa == x.dpa && list[j].len == x.len)
			return (int)j;
	return -1;
}

/* Every named extent lies in a region, is in 'list' exactly, and is named
 * once. */
static uint16_t check_named(const struct cxlmb_sim_extent *e, uint32_t n,
			    const struct cxlmb_sim_extent *list, uint32_t nlist)
{
	for (uint32_t i = 0; i < n; i++) {
		if (region_of(e[i].dpa, e[i].len) < 0)
			return CXLMB_RC_INVALID_PADDR;
		if (find_extent(list, nlist, e[i]) < 0 || overlaps(e, i, e[i].dpa, e[i].len))
			return CXLMB_RC_INVALID_EXTENT_LIST;
	}
	return CXLMB_RC_SUCCESS;
}

/* The host no longer holds x (checked to be held). */
static void drop_accepted(struct cxlmb_sim_t3 *t, struct cxlmb_sim_extent x)
{
	int j = find_extent(t->dc.accepted, t->dc.naccepted, x);
	if (j >= 0)
		t->dc.accepted[j] = t->dc.accepted[--t->dc.naccepted];
}

/* Can this LD be offered [dpa, dpa+len) on top of what it has? */
static bool offer_ok(const struct cxlmb_sim_t3 *t, uint64_t dpa, uint64_t len)
{
	return region_of(dpa, len) >= 0 && len && dpa % CXLMB_SIM_DC_BLOCK == 0 &&
	       len % CXLMB_SIM_DC_BLOCK == 0 && t->dc.npending < CXLMB_SIM_DC_EXTENTS &&
	       !overlaps(t->dc.pending, t->dc.npending, dpa, len) &&
	       !overlaps(t->dc.accepted, t->dc.naccepted, dpa, len);
}

static void offer(const struct sim_ctx *c, uint64_t dpa, uint64_t len)
{
	c->t3->dc.pending[c->t3->dc.npending++] = (struct cxlmb_sim_extent){ dpa, len };
	dc_event(c, 0, (unsigned)region_of(dpa, len), dpa, len); /* add capacity */
}

int cxlmb_sim_dc_offer(struct cxlmb_sim *s, unsigned region, uint64_t offset, uint64_t len)
{
	struct sim_ctx dev = cxlmb_sim_t3_ctx(s, 0, 0), *c = &dev;
	uint64_t dpa;

	if (region >= CXLMB_SIM_DC_REGIONS || offset >= CXLMB_SIM_DC_REGION_LEN)
		return CXLMB_E_INVALID_ARG;
	dpa = region_base(region) + offset;
	if (!offer_ok(c->t3, dpa, len))
		return CXLMB_E_INVALID_ARG;
	offer(c, dpa, len);
	return CXLMB_E_OK;
}

/* ---- the fabric manager's side (§7.6.7.6), on the MLD's FM-owned LD: each
 * LD is a host of the dynamic capacity device ---- */

uint16_t cxlmb_sim_h_dcd_info(const struct sim_ctx *c, const void *req, void *rsp)
{
	struct cxlmb_dcd_info_rsp *r = rsp;
	(void)req;
	r->num_hosts = (uint8_t)c->nlds;
	r->num_regions = CXLMB_SIM_DC_REGIONS;
	r->add_policies = 1u << 2;     /* prescriptive */
	r->removal_policies = 1u << 1; /* prescriptive */
	r->total_capacity = (CXLMB_SIM_DC_REGIONS * CXLMB_SIM_DC_REGION_LEN) >> 28;
	for (unsigned i = 0; i < CXLMB_SIM_DC_REGIONS; i++)
		r->block_size_mask[i] = CXLMB_SIM_DC_BLOCK;
	return CXLMB_RC_SUCCESS;
}

/* Read a request's extent list; every one must lie in a region. */
static uint16_t fm_extents(const struct cxlmb_array *a, uint32_t n, struct cxlmb_sim_extent *e)
{
	if (n == 0 || n > CXLMB_SIM_DC_EXTENTS)
		return CXLMB_RC_INVALID_EXTENT_LIST;
	for (uint32_t i = 0; i < n; i++) {
		struct cxlmb_dc_extent x;
		if (cxlmb_array_get(&cxlmb_dc_extent_schema, a, i, 0, &x))
			return CXLMB_RC_INVALID_INPUT;
		if (region_of(x.start_dpa, x.length) < 0)
			return CXLMB_RC_INVALID_PADDR;
		e[i] = (struct cxlmb_sim_extent){ x.start_dpa, x.length };
	}
	return CXLMB_RC_SUCCESS;
}

/* Prescriptive add: the named extents are offered to the host (LD), all or
 * none. */
uint16_t cxlmb_sim_h_dc_add(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_dc_add_req *q = req;
	struct cxlmb_sim_extent e[CXLMB_SIM_DC_EXTENTS] = { { 0, 0 } };
	struct sim_ctx host;
	uint16_t rc;
	(void)rsp;

	/* the LD acts, not this CCI */
	if (!cxlmb_sim_ld_ctx(c, q->host_id, &host) || q->policy != 2)
		return CXLMB_RC_INVALID_INPUT;
	if ((rc = fm_extents(&q->extents, q->extent_count, e)) != CXLMB_RC_SUCCESS)
		return rc;
	for (uint32_t i = 0; i < q->extent_count; i++)
		if (!offer_ok(host.t3, e[i].dpa, e[i].len) || overlaps(e, i, e[i].dpa, e[i].len) ||
		    host.t3->dc.npending + i >= CXLMB_SIM_DC_EXTENTS)
			return CXLMB_RC_INVALID_EXTENT_LIST;
	for (uint32_t i = 0; i < q->extent_count; i++)
		offer(&host, e[i].dpa, e[i].len);
	return CXLMB_RC_SUCCESS;
}

/* Prescriptive release of extents the host holds: forced takes them at
 * once, otherwise the host is asked (and gives them back with 4803h). */
uint16_t cxlmb_sim_h_dc_release(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_dc_release_req *q = req;
	struct cxlmb_sim_extent e[CXLMB_SIM_DC_EXTENTS] = { { 0, 0 } };
	struct sim_ctx host;
	uint16_t rc;
	(void)rsp;

	if (!cxlmb_sim_ld_ctx(c, q->host_id, &host) || q->removal_policy != 1)
		return CXLMB_RC_INVALID_INPUT;
	if ((rc = fm_extents(&q->extents, q->extent_count, e)) != CXLMB_RC_SUCCESS)
		return rc;
	if ((rc = check_named(e, q->extent_count, host.t3->dc.accepted, host.t3->dc.naccepted)) !=
	    CXLMB_RC_SUCCESS)
		return rc;
	for (uint32_t i = 0; i < q->extent_count; i++) {
		unsigned region = (unsigned)region_of(e[i].dpa, e[i].len);
		if (q->forced) {
			drop_accepted(host.t3, e[i]);
			host.t3->dc.generation++;
		}
		dc_event(&host, q->forced ? 2 : 1, region, e[i].dpa, e[i].len);
	}
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_get_dc_config(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_get_dc_config_req *q = req;
	struct cxlmb_get_dc_config_rsp *r = rsp;
	uint8_t *out = cxlmb_sim_scratch(c);
	uint8_t n = 0;
	size_t len;

	if (q->start_region >= CXLMB_SIM_DC_REGIONS)
		return CXLMB_RC_INVALID_INPUT;
	for (unsigned i = q->start_region; i < CXLMB_SIM_DC_REGIONS && n < q->region_count; i++, n++) {
		struct cxlmb_dc_region reg = { region_base(i), CXLMB_SIM_DC_REGION_LEN >> 28,
					       CXLMB_SIM_DC_REGION_LEN, CXLMB_SIM_DC_BLOCK, i, 0 };
		if (cxlmb_dc_region_encode(&reg, out + 0x28 * n, 0x28, &len))
			return CXLMB_RC_INTERNAL;
	}
	r->regions_available = CXLMB_SIM_DC_REGIONS;
	r->num_regions = n;
	r->regions = (struct cxlmb_array){ out, n, NULL };
	r->extents_supported = CXLMB_SIM_DC_EXTENTS;
	r->extents_available = CXLMB_SIM_DC_EXTENTS - c->t3->dc.naccepted;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_get_dc_extents(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_get_dc_extent_list_req *q = req;
	struct cxlmb_get_dc_extent_list_rsp *r = rsp;
	uint8_t *out = cxlmb_sim_scratch(c);
	uint32_t fit = (c->s->payload_size - 0x10) / 0x28, n = 0;
	size_t len;

	if (q->start_index > c->t3->dc.naccepted)
		return CXLMB_RC_INVALID_INPUT;
	for (uint32_t i = q->start_index; i < c->t3->dc.naccepted && n < q->extent_count && n < fit;
	     i++, n++) {
		struct cxlmb_dc_extent e;
		memset(&e, 0, sizeof(e));
		e.start_dpa = c->t3->dc.accepted[i].dpa;
		e.length = c->t3->dc.accepted[i].len;
		if (cxlmb_dc_extent_encode(&e, out + 0x28 * n, 0x28, &len))
			return CXLMB_RC_INTERNAL;
	}
	r->count = n;
	r->total = c->t3->dc.naccepted;
	r->generation = c->t3->dc.generation;
	r->extents = (struct cxlmb_array){ out, n, NULL };
	return CXLMB_RC_SUCCESS;
}

static bool read_extents(const struct cxlmb_dc_extent_update_req *q, struct cxlmb_sim_extent *e)
{
	for (uint32_t i = 0; i < q->count; i++) {
		struct cxlmb_dpa_extent x;
		if (cxlmb_array_get(&cxlmb_dpa_extent_schema, &q->extents, i, 0, &x))
			return false;
		e[i] = (struct cxlmb_sim_extent){ x.dpa, x.length };
	}
	return true;
}

/* The host accepts some of the offered extents (none: count 0).  Each must
 * be one the fabric manager offered, named once; the rest of the offer
 * lapses. */
uint16_t cxlmb_sim_h_add_dc_response(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_dc_extent_update_req *q = req;
	struct cxlmb_sim_extent e[CXLMB_SIM_DC_EXTENTS] = { { 0, 0 } };
	uint16_t rc;
	(void)rsp;

	if (q->count > CXLMB_SIM_DC_EXTENTS)
		return CXLMB_RC_INVALID_EXTENT_LIST;
	if (q->count > CXLMB_SIM_DC_EXTENTS - c->t3->dc.naccepted)
		return CXLMB_RC_RESOURCES_EXHAUSTED;
	if (!read_extents(q, e))
		return CXLMB_RC_INVALID_INPUT;
	if ((rc = check_named(e, q->count, c->t3->dc.pending, c->t3->dc.npending)) != CXLMB_RC_SUCCESS)
		return rc;
	for (uint32_t i = 0; i < q->count; i++)
		c->t3->dc.accepted[c->t3->dc.naccepted++] = e[i];
	if (!q->more)
		c->t3->dc.npending = 0;
	c->t3->dc.generation++;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_release_dc(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_dc_extent_update_req *q = req;
	struct cxlmb_sim_extent e[CXLMB_SIM_DC_EXTENTS] = { { 0, 0 } };
	uint16_t rc;
	(void)rsp;

	if (q->count == 0 || q->count > CXLMB_SIM_DC_EXTENTS)
		return CXLMB_RC_INVALID_EXTENT_LIST;
	if (!read_extents(q, e))
		return CXLMB_RC_INVALID_INPUT;
	if ((rc = check_named(e, q->count, c->t3->dc.accepted, c->t3->dc.naccepted)) != CXLMB_RC_SUCCESS)
		return rc;
	for (uint32_t i = 0; i < q->count; i++) {
		drop_accepted(c->t3, e[i]);
		dc_event(c, 5, (unsigned)region_of(e[i].dpa, e[i].len), e[i].dpa, e[i].len);
	}
	c->t3->dc.generation++;
	return CXLMB_RC_SUCCESS;
}

/* ---- lifecycle: extents survive a power cycle (the host accepted them) ---- */

static void dc_reset(struct cxlmb_sim *s)
{
	for (unsigned d = 0; d < s->nt3; d++)
		memset(&s->t3[d].dc, 0, sizeof(s->t3[d].dc));
}

/* Every extent in a region, no two overlapping. */
static bool extents_ok(const struct cxlmb_sim_extent *e, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++)
		if (region_of(e[i].dpa, e[i].len) < 0 || e[i].len == 0 || overlaps(e, i, e[i].dpa, e[i].len))
			return false;
	return true;
}

static const char *dc_check(const struct cxlmb_sim *s)
{
	for (unsigned d = 0; d < s->nt3; d++) {
		const struct cxlmb_sim_t3 *t = &s->t3[d];
		if (t->dc.naccepted > CXLMB_SIM_DC_EXTENTS || t->dc.npending > CXLMB_SIM_DC_EXTENTS ||
		    !extents_ok(t->dc.accepted, t->dc.naccepted) ||
		    !extents_ok(t->dc.pending, t->dc.npending))
			return "dynamic capacity extents overlap or leave their regions";
	}
	return NULL;
}

const struct sim_concern cxlmb_sim_dc_concern = { dc_reset, NULL, dc_check };

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

static void dc_event(struct cxlmb_sim *s, uint8_t type, unsigned region, uint64_t dpa, uint64_t len)
{
	struct cxlmb_evt_dynamic_capacity ev;
	struct cxlmb_event_record rec;
	uint8_t buf[CXLMB_EVENT_RECORD_LEN];
	size_t n;

	memset(&ev, 0, sizeof(ev));
	ev.event_type = type;
	ev.region_index = (uint8_t)region;
	ev.start_dpa = dpa;
	ev.length = len;
	ev.extents_available = CXLMB_SIM_DC_EXTENTS - T3(s)->dc.naccepted;
	/* encode just the type-specific part through the record codec */
	memset(&rec, 0, sizeof(rec));
	memcpy(rec.hdr.uuid, cxlmb_event_type_uuid(CXLMB_EVT_DYNAMIC_CAPACITY), 16);
	rec.hdr.length = CXLMB_EVENT_RECORD_LEN;
	rec.type = CXLMB_EVT_DYNAMIC_CAPACITY;
	rec.u.dc = ev;
	if (cxlmb_event_record_encode(&rec, buf, sizeof(buf), &n) == 0)
		cxlmb_sim_add_event(s, CXLMB_SIM_EVENT_LOG_DC, rec.hdr.uuid, buf + 0x30);
}

int cxlmb_sim_dc_offer(struct cxlmb_sim *s, unsigned region, uint64_t offset, uint64_t len)
{
	uint64_t dpa;

	if (region >= CXLMB_SIM_DC_REGIONS || len == 0 || offset % CXLMB_SIM_DC_BLOCK ||
	    len % CXLMB_SIM_DC_BLOCK || offset >= CXLMB_SIM_DC_REGION_LEN ||
	    len > CXLMB_SIM_DC_REGION_LEN - offset)
		return -1;
	dpa = region_base(region) + offset;
	if (T3(s)->dc.npending == CXLMB_SIM_DC_EXTENTS ||
	    overlaps(T3(s)->dc.pending, T3(s)->dc.npending, dpa, len) ||
	    overlaps(T3(s)->dc.accepted, T3(s)->dc.naccepted, dpa, len))
		return -1;
	T3(s)->dc.pending[T3(s)->dc.npending++] = (struct cxlmb_sim_extent){ dpa, len };
	dc_event(s, 0, region, dpa, len); /* add capacity */
	return 0;
}

uint16_t cxlmb_sim_h_get_dc_config(struct cxlmb_sim *s, const void *req, void *rsp)
{
	const struct cxlmb_get_dc_config_req *q = req;
	struct cxlmb_get_dc_config_rsp *r = rsp;
	uint8_t *out = cxlmb_sim_scratch(s);
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
	r->regions = (struct cxlmb_array){ out, n };
	r->extents_supported = CXLMB_SIM_DC_EXTENTS;
	r->extents_available = CXLMB_SIM_DC_EXTENTS - T3(s)->dc.naccepted;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_get_dc_extents(struct cxlmb_sim *s, const void *req, void *rsp)
{
	const struct cxlmb_get_dc_extent_list_req *q = req;
	struct cxlmb_get_dc_extent_list_rsp *r = rsp;
	uint8_t *out = cxlmb_sim_scratch(s);
	uint32_t fit = (s->payload_size - 0x10) / 0x28, n = 0;
	size_t len;

	if (q->start_index > T3(s)->dc.naccepted)
		return CXLMB_RC_INVALID_INPUT;
	for (uint32_t i = q->start_index; i < T3(s)->dc.naccepted && n < q->extent_count && n < fit;
	     i++, n++) {
		struct cxlmb_dc_extent e;
		memset(&e, 0, sizeof(e));
		e.start_dpa = T3(s)->dc.accepted[i].dpa;
		e.length = T3(s)->dc.accepted[i].len;
		if (cxlmb_dc_extent_encode(&e, out + 0x28 * n, 0x28, &len))
			return CXLMB_RC_INTERNAL;
	}
	r->count = n;
	r->total = T3(s)->dc.naccepted;
	r->generation = T3(s)->dc.generation;
	r->extents = (struct cxlmb_array){ out, n };
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
uint16_t cxlmb_sim_h_add_dc_response(struct cxlmb_sim *s, const void *req, void *rsp)
{
	const struct cxlmb_dc_extent_update_req *q = req;
	struct cxlmb_sim_extent e[CXLMB_SIM_DC_EXTENTS];
	(void)rsp;

	if (q->count > CXLMB_SIM_DC_EXTENTS)
		return CXLMB_RC_INVALID_EXTENT_LIST;
	if (q->count > CXLMB_SIM_DC_EXTENTS - T3(s)->dc.naccepted)
		return CXLMB_RC_RESOURCES_EXHAUSTED;
	if (!read_extents(q, e))
		return CXLMB_RC_INVALID_INPUT;
	for (uint32_t i = 0; i < q->count; i++) {
		bool offered = false;
		for (uint32_t j = 0; j < T3(s)->dc.npending; j++)
			offered |= T3(s)->dc.pending[j].dpa == e[i].dpa && T3(s)->dc.pending[j].len == e[i].len;
		if (region_of(e[i].dpa, e[i].len) < 0)
			return CXLMB_RC_INVALID_PADDR;
		if (!offered || overlaps(e, i, e[i].dpa, e[i].len))
			return CXLMB_RC_INVALID_EXTENT_LIST;
	}
	for (uint32_t i = 0; i < q->count; i++)
		T3(s)->dc.accepted[T3(s)->dc.naccepted++] = e[i];
	if (!q->more)
		T3(s)->dc.npending = 0;
	T3(s)->dc.generation++;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_release_dc(struct cxlmb_sim *s, const void *req, void *rsp)
{
	const struct cxlmb_dc_extent_update_req *q = req;
	struct cxlmb_sim_extent e[CXLMB_SIM_DC_EXTENTS];
	(void)rsp;

	if (q->count == 0 || q->count > CXLMB_SIM_DC_EXTENTS)
		return CXLMB_RC_INVALID_EXTENT_LIST;
	if (!read_extents(q, e))
		return CXLMB_RC_INVALID_INPUT;
	for (uint32_t i = 0; i < q->count; i++) {
		bool held = false;
		for (uint32_t j = 0; j < T3(s)->dc.naccepted; j++)
			held |= T3(s)->dc.accepted[j].dpa == e[i].dpa && T3(s)->dc.accepted[j].len == e[i].len;
		if (region_of(e[i].dpa, e[i].len) < 0)
			return CXLMB_RC_INVALID_PADDR;
		if (!held || overlaps(e, i, e[i].dpa, e[i].len))
			return CXLMB_RC_INVALID_EXTENT_LIST;
	}
	for (uint32_t i = 0; i < q->count; i++) {
		for (uint32_t j = 0; j < T3(s)->dc.naccepted; j++) {
			if (T3(s)->dc.accepted[j].dpa == e[i].dpa) {
				T3(s)->dc.accepted[j] = T3(s)->dc.accepted[--T3(s)->dc.naccepted];
				break;
			}
		}
		dc_event(s, 5, (unsigned)region_of(e[i].dpa, e[i].len), e[i].dpa, e[i].len);
	}
	T3(s)->dc.generation++;
	return CXLMB_RC_SUCCESS;
}

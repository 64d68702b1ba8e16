/* The simulated switch mailbox CCI and the MLD behind it, reached through
 * Tunnel Management Commands, all through the real transport. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "sim.h"

static struct cxlmb_sim sim;
static struct cxlmb_mbox mb;
static uint8_t out[4096];

static int setup(void **state)
{
	struct cxlmb_sim_config sc;
	struct cxlmb_devregs r;
	struct cxlmb_mbox_config mc;
	(void)state;
	cxlmb_sim_config_default(&sc);
	sc.variant = CXLMB_SIM_SWITCH;
	if (cxlmb_sim_init(&sim, &sc))
		return -1;
	/* found by discovery, like a real switch CCI function */
	if (cxlmb_devregs_parse(&cxlmb_sim_ops, &sim, sim.regs_len, &r) || r.memdev_status.present ||
	    cxlmb_devregs_mbox_config(&r, &mc))
		return -1;
	return cxlmb_mbox_init(&mb, &cxlmb_sim_ops, &sim, &mc) ? -1 : 0;
}

static int teardown(void **state)
{
	(void)state;
	cxlmb_sim_fini(&sim);
	return 0;
}

/* Send opcode/payload through 'depth' tunnel levels; returns the innermost result. */
static int tunnel(const struct cxlmb_tunnel_hop *path, unsigned depth, uint16_t op,
		  const uint8_t *pl, size_t len, struct cxlmb_tunnel_result *tr)
{
	static uint8_t w[4096];
	struct cxlmb_mbox_result res;
	size_t n;
	int rc = cxlmb_tunnel_wrap(path, depth, 7, op, pl, len, w, sizeof(w), &n);
	if (rc)
		return rc;
	rc = cxlmb_mbox_send(&mb, CXLMB_OPCODE_TUNNEL, w, n, out, sizeof(out), &res);
	if (rc)
		return rc;
	assert_int_equal(res.rc, 0);
	return cxlmb_tunnel_unwrap_rsp(out, res.copied, depth, 7, op, CXLMB_STRICT, tr);
}

static void test_switch_identity(void **state)
{
	(void)state;
	struct cxlmb_mbox_result res;
	struct cxlmb_identify_rsp id;
	struct cxlmb_identify_switch_rsp sw;

	assert_int_equal(cxlmb_mbox_send(&mb, 0x0001, NULL, 0, out, sizeof(out), &res), 0);
	assert_int_equal(cxlmb_identify_rsp_decode(out, res.out_len, CXLMB_STRICT, &id), 0);
	assert_int_equal(id.component_type, 0x00); /* switch */
	assert_int_equal(cxlmb_mbox_send(&mb, 0x5100, NULL, 0, out, sizeof(out), &res), 0);
	assert_int_equal(cxlmb_identify_switch_rsp_decode(out, res.out_len, CXLMB_STRICT, &sw), 0);
	assert_int_equal(sw.num_physical_ports, CXLMB_SIM_PORTS);
	assert_int_equal(sw.num_vcs, 1);
	assert_int_equal(sw.active_port_bitmask[0], 0x07);
	/* a switch CCI is not a memory device */
	assert_int_equal(cxlmb_mbox_send(&mb, 0x4000, NULL, 0, out, sizeof(out), &res), 0);
	assert_int_equal(res.rc, CXLMB_RC_UNSUPPORTED);
}

static void test_port_state(void **state)
{
	(void)state;
	static const uint8_t req[4] = { 3, 1, 2, 9 };
	struct cxlmb_mbox_result res;
	struct cxlmb_get_port_state_rsp ps;
	struct cxlmb_port_info pi;

	assert_int_equal(cxlmb_mbox_send(&mb, 0x5101, req, sizeof(req), out, sizeof(out), &res), 0);
	assert_int_equal(res.rc, 0);
	assert_int_equal(cxlmb_get_port_state_rsp_decode(out, res.out_len, CXLMB_STRICT, &ps), 0);
	assert_int_equal(ps.num_ports, 3);
	assert_int_equal(cxlmb_array_get(&cxlmb_port_info_schema, &ps.ports, 0, CXLMB_STRICT, &pi), 0);
	assert_int_equal(pi.port_id, 1);
	assert_int_equal(pi.connected_device_type, 5); /* Type 3 MLD */
	assert_int_equal(pi.supported_ld_count, CXLMB_SIM_MLD_LDS);
	assert_int_equal(cxlmb_array_get(&cxlmb_port_info_schema, &ps.ports, 1, CXLMB_STRICT, &pi), 0);
	assert_int_equal(pi.connected_device_type, 4); /* Type 3 SLD */
	assert_int_equal(cxlmb_array_get(&cxlmb_port_info_schema, &ps.ports, 2, CXLMB_STRICT, &pi), 0);
	assert_int_equal(pi.config_state, 0xF); /* port 9 does not exist */
}

static void test_switch_cel(void **state)
{
	(void)state;
	struct cxlmb_get_log_req gl = { .offset = 0 };
	uint8_t req[0x18];
	struct cxlmb_mbox_result res;
	uint32_t count;
	size_t n;

	memcpy(gl.uuid, cxlmb_uuid_cel, 16);
	gl.length = (uint32_t)(4 * cxlmb_sim_ep_command_count(CXLMB_SIM_EP_SWITCH));
	cxlmb_get_log_req_encode(&gl, req, sizeof(req), &n);
	assert_int_equal(cxlmb_mbox_send(&mb, 0x0401, req, n, out, sizeof(out), &res), 0);
	assert_int_equal(res.rc, 0);
	assert_int_equal(cxlmb_cel_validate(out, res.out_len, CXLMB_STRICT, &count), 0);
	assert_int_equal(count, cxlmb_sim_ep_command_count(CXLMB_SIM_EP_SWITCH));
	bool has_tunnel = false;
	for (uint32_t i = 0; i < count; i++) {
		struct cxlmb_cel_entry e;
		cxlmb_cel_entry_decode(out + 4 * i, 4, CXLMB_STRICT, &e);
		has_tunnel |= e.opcode == 0x5300;
		assert_int_not_equal(e.opcode, 0x4000);
	}
	assert_true(has_tunnel);
}

static void test_tunnel_to_fm_owned_ld(void **state)
{
	(void)state;
	struct cxlmb_tunnel_hop path[1] = { { CXLMB_SIM_MLD_PORT, 0 } };
	struct cxlmb_tunnel_result tr;
	struct cxlmb_ld_info_rsp li;
	struct cxlmb_identify_rsp id;

	assert_int_equal(tunnel(path, 1, 0x5400, NULL, 0, &tr), 0);
	assert_int_equal(tr.level, 1);
	assert_int_equal(tr.rc, 0);
	assert_int_equal(cxlmb_ld_info_rsp_decode(tr.payload.data, tr.payload.len, CXLMB_STRICT, &li), 0);
	assert_int_equal(li.ld_count, CXLMB_SIM_MLD_LDS);
	assert_true(li.memory_size == 4ull << 30);
	/* the FM-owned LD identifies itself with the smaller tunnelled message size */
	assert_int_equal(tunnel(path, 1, 0x0001, NULL, 0, &tr), 0);
	assert_int_equal(cxlmb_identify_rsp_decode(tr.payload.data, tr.payload.len, CXLMB_STRICT, &id), 0);
	assert_int_equal(id.max_msg_size, 9);
}

static void test_qos_control_through_tunnel(void **state)
{
	(void)state;
	struct cxlmb_tunnel_hop path[1] = { { CXLMB_SIM_MLD_PORT, 0 } };
	struct cxlmb_tunnel_result tr;
	struct cxlmb_qos_control q = { .egress_congestion_enable = 1, .egress_moderate_pct = 30,
				       .egress_severe_pct = 60, .backpressure_sample_interval = 2,
				       .reqcmp_basis = 5, .completion_collection_interval = 1 }, got;
	uint8_t req[7];
	size_t n;

	cxlmb_qos_control_encode(&q, req, sizeof(req), &n);
	assert_int_equal(tunnel(path, 1, 0x5404, req, n, &tr), 0);
	assert_int_equal(tr.rc, 0);
	assert_int_equal(tunnel(path, 1, 0x5403, NULL, 0, &tr), 0);
	assert_int_equal(cxlmb_qos_control_decode(tr.payload.data, tr.payload.len, CXLMB_STRICT, &got), 0);
	assert_int_equal(got.egress_moderate_pct, 30);
	assert_int_equal(got.egress_severe_pct, 60);
	assert_int_equal(got.reqcmp_basis, 5);
	/* moderate above severe is refused */
	q.egress_moderate_pct = 70;
	cxlmb_qos_control_encode(&q, req, sizeof(req), &n);
	assert_int_equal(tunnel(path, 1, 0x5404, req, n, &tr), 0);
	assert_int_equal(tr.rc, CXLMB_RC_INVALID_INPUT);
}

static void test_two_levels_to_an_ld(void **state)
{
	(void)state;
	struct cxlmb_tunnel_hop path[2] = { { CXLMB_SIM_MLD_PORT, 0 }, { 0, 0 } };
	struct cxlmb_tunnel_result tr;
	struct cxlmb_identify_memdev_rsp id;

	assert_int_equal(tunnel(path, 2, 0x4000, NULL, 0, &tr), 0);
	assert_int_equal(tr.level, 2);
	assert_int_equal(tr.rc, 0);
	assert_int_equal(cxlmb_identify_memdev_rsp_decode(tr.payload.data, tr.payload.len, CXLMB_STRICT, &id), 0);
	assert_int_equal(id.total_capacity, 4);
	assert_int_equal(id.lsa_size, 4096);
}

static void test_bad_targets(void **state)
{
	(void)state;
	struct cxlmb_tunnel_hop path[3] = { { 2, 0 }, { 0, 0 }, { 0, 0 } };
	struct cxlmb_tunnel_result tr;
	struct cxlmb_mbox_result res;
	static uint8_t w[256];
	size_t n;

	/* port 2 holds no MLD: the switch refuses the tunnel itself */
	cxlmb_tunnel_wrap(path, 1, 7, 0x0001, NULL, 0, w, sizeof(w), &n);
	assert_int_equal(cxlmb_mbox_send(&mb, CXLMB_OPCODE_TUNNEL, w, n, out, sizeof(out), &res), 0);
	assert_int_equal(res.rc, CXLMB_RC_INVALID_INPUT);
	/* LD 4 of a 4-LD device: the FM-owned LD refuses at level 1 */
	path[0].target_id = CXLMB_SIM_MLD_PORT;
	path[1].target_id = CXLMB_SIM_MLD_LDS;
	assert_int_equal(tunnel(path, 2, 0x4000, NULL, 0, &tr), 0);
	assert_int_equal(tr.level, 1);
	assert_int_equal(tr.rc, CXLMB_RC_INVALID_INPUT);
	/* an LD has no tunnel of its own: Unsupported at level 2 */
	path[1].target_id = 0;
	assert_int_equal(tunnel(path, 3, 0x4000, NULL, 0, &tr), 0);
	assert_int_equal(tr.level, 2);
	assert_int_equal(tr.rc, CXLMB_RC_UNSUPPORTED);
	/* a tunnel whose command size disagrees with its message */
	cxlmb_tunnel_wrap(path, 1, 7, 0x0001, NULL, 0, w, sizeof(w), &n);
	w[2]++;
	assert_int_equal(cxlmb_mbox_send(&mb, CXLMB_OPCODE_TUNNEL, w, n, out, sizeof(out), &res), 0);
	assert_int_equal(res.rc, CXLMB_RC_INVALID_INPUT);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_switch_identity, setup, teardown),
		cmocka_unit_test_setup_teardown(test_port_state, setup, teardown),
		cmocka_unit_test_setup_teardown(test_switch_cel, setup, teardown),
		cmocka_unit_test_setup_teardown(test_tunnel_to_fm_owned_ld, setup, teardown),
		cmocka_unit_test_setup_teardown(test_qos_control_through_tunnel, setup, teardown),
		cmocka_unit_test_setup_teardown(test_two_levels_to_an_ld, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bad_targets, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

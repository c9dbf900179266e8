package com.omniroute.api.report;

import com.omniroute.report.boundary.AgentReportRow;
import com.omniroute.report.boundary.CampaignReportRow;
import com.omniroute.report.boundary.ReportCsv;
import com.omniroute.report.boundary.ReportService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code /reports/campaigns} and {@code /reports/agents}: administrators and supervisors, within
 * their security groups. JSON by default, CSV for {@code Accept: text/csv} (docs/reports.md).
 */
@Path("reports")
@RequestScoped
public class ReportsResource {

  static final String CSV = "text/csv";

  /* CSV only when asked for by name: a client that accepts anything (curl) gets JSON. */
  static final String CSV_IF_ASKED = "text/csv;qs=0.5";

  @Inject private ReportService reports;

  /** The query parameters of both reports; {@code timeZone} is the agents' report's only. */
  public static class Query {
    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("interval")
    String interval;

    @QueryParam("timeZone")
    String timeZone;

    ReportService.Request of(Long id, String zone) {
      return new ReportService.Request(from, to, interval, id, zone);
    }
  }

  @GET
  @Path("campaigns")
  @Produces(MediaType.APPLICATION_JSON)
  public List<CampaignReportRow> campaigns(
      @BeanParam Query query, @QueryParam("campaignId") Long campaignId) {
    // Campaigns are reported in each campaign's own time zone.
    return reports.campaigns(query.of(campaignId, null));
  }

  @GET
  @Path("campaigns")
  @Produces(CSV_IF_ASKED)
  public Response campaignsCsv(@BeanParam Query query, @QueryParam("campaignId") Long campaignId) {
    return csv("campaigns", ReportCsv.campaigns(campaigns(query, campaignId)));
  }

  @GET
  @Path("agents")
  @Produces(MediaType.APPLICATION_JSON)
  public List<AgentReportRow> agents(@BeanParam Query query, @QueryParam("agentId") Long agentId) {
    return reports.agents(query.of(agentId, query.timeZone));
  }

  @GET
  @Path("agents")
  @Produces(CSV_IF_ASKED)
  public Response agentsCsv(@BeanParam Query query, @QueryParam("agentId") Long agentId) {
    return csv("agents", ReportCsv.agents(agents(query, agentId)));
  }

  /* The rows are computed before the answer starts, so a refusal is still a JSON error. */
  private static Response csv(String name, ReportCsv table) {
    StreamingOutput body =
        out -> {
          BufferedWriter writer =
              new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          table.writeTo(writer);
          writer.flush();
        };
    return Response.ok(body, CSV + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + name + "-report.csv\"")
        .build();
  }
}

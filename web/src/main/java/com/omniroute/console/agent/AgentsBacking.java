package com.omniroute.console.agent;

import com.omniroute.agent.boundary.AgentFilter;
import com.omniroute.agent.boundary.AgentService;
import com.omniroute.agent.entity.Agent;
import com.omniroute.agent.entity.AgentState;
import com.omniroute.console.list.PagedRows;
import com.omniroute.security.boundary.SecurityGroupService;
import com.omniroute.security.entity.SecurityGroup;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Backs {@code admin/agents/list.xhtml}: the agents of the caller's security groups, one page at a
 * time. Filtering, sorting and paging happen in the database (a centre has thousands of agents);
 * this bean only translates the table's filters and order into the service's.
 */
@Named
@ViewScoped
public class AgentsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The table's column fields and the service's orders. */
  private static final Map<String, Agent.Sort> SORTS =
      Map.of(
          "name", Agent.Sort.NAME,
          "login", Agent.Sort.LOGIN,
          "securityGroup", Agent.Sort.SECURITY_GROUP,
          "state", Agent.Sort.STATE);

  /**
   * One line of the list. A class with getters, not a record: Expression Language 5 (Jakarta EE 10)
   * does not read record components.
   */
  public static final class Row implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String login;
    private final String securityGroup;
    private final AgentState state;

    Row(Agent agent) {
      this.id = agent.getId();
      this.name = agent.getName();
      this.login = agent.getLogin();
      this.securityGroup = agent.getSecurityGroup().getName();
      this.state = agent.getState();
    }

    public long getId() {
      return id;
    }

    public String getName() {
      return name;
    }

    public String getLogin() {
      return login;
    }

    public String getSecurityGroup() {
      return securityGroup;
    }

    public AgentState getState() {
      return state;
    }
  }

  @Inject private AgentService agents;

  @Inject private SecurityGroupService securityGroups;

  /** The table's model: each count and page is one query of the service. */
  private final PagedRows<Row> page =
      PagedRows.of(Row::getId, filterBy -> agents.count(filter(filterBy)), this::find);

  private List<SecurityGroup> groups;

  @PostConstruct
  void load() {
    groups = securityGroups.visibleToCaller();
  }

  private List<Row> find(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy.values().stream().filter(SortMeta::isActive).findFirst().orElse(null);
    Agent.Sort order = sort == null ? Agent.Sort.NAME : SORTS.get(sort.getField());
    boolean descending = sort != null && sort.getOrder() == SortOrder.DESCENDING;
    return agents
        .find(
            filter(filterBy),
            order == null ? Agent.Sort.NAME : order,
            descending,
            first,
            Math.min(pageSize, AgentService.MAX_PAGE))
        .stream()
        .map(Row::new)
        .toList();
  }

  private static AgentFilter filter(Map<String, FilterMeta> filterBy) {
    String group = PagedRows.filterText(filterBy, "securityGroup");
    String state = PagedRows.filterText(filterBy, "state");
    return new AgentFilter(
        PagedRows.filterText(filterBy, "name"),
        PagedRows.filterText(filterBy, "login"),
        group == null ? null : Long.valueOf(group),
        state == null ? null : AgentState.valueOf(state));
  }

  public PagedRows<Row> getPage() {
    return page;
  }

  public List<SecurityGroup> getGroups() {
    return groups;
  }

  public AgentState[] getStates() {
    return AgentState.values();
  }
}

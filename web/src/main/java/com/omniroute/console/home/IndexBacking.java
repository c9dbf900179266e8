package com.omniroute.console.home;

import com.omniroute.media.boundary.MediaTypeService;
import com.omniroute.media.control.CapacityPreview;
import com.omniroute.media.entity.MediaType;
import com.omniroute.routing.control.MediaPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.TreeSet;

/** Backs {@code index.xhtml}: the media capacity model as it is stored. */
@Named
@ViewScoped
public class IndexBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MediaTypeService mediaTypes;

  private List<MediaType> policies;

  /* Derived from the policies, so not kept when the view is serialised. */
  private transient CapacityPreview preview;

  @PostConstruct
  void load() {
    policies = mediaTypes.list();
  }

  public List<MediaType> getPolicies() {
    return policies;
  }

  public String overridesOf(MediaType policy) {
    return String.join(", ", new TreeSet<>(policy.getOverrides()));
  }

  /** How many of this type one agent holds at once with nothing else, by the routing's rules. */
  public int aloneAtOnce(MediaType policy) {
    if (preview == null) {
      preview = preview();
    }
    return preview.aloneAtOnce(policy.getCode());
  }

  private CapacityPreview preview() {
    return new CapacityPreview(
        policies.stream()
            .map(
                m ->
                    new MediaPolicy(
                        m.getCode(),
                        m.getShare(),
                        m.getRequiredSpare(),
                        m.getPrecedence(),
                        m.getOverrides()))
            .toList());
  }
}

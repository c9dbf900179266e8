package com.omniroute.console.home;

import com.omniroute.media.boundary.MediaTypeService;
import com.omniroute.media.entity.MediaType;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs {@code index.xhtml}: the media capacity model as it is stored. */
@Named
@ViewScoped
public class IndexBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MediaTypeService mediaTypes;

  private List<MediaType> policies;

  @PostConstruct
  void load() {
    policies = mediaTypes.list();
  }

  public List<MediaType> getPolicies() {
    return policies;
  }

  public String overridesOf(MediaType policy) {
    return String.join(", ", new java.util.TreeSet<>(policy.getOverrides()));
  }

  public int aloneAtOnce(MediaType policy) {
    return policy.heldAtOnceAlone();
  }
}

package com.omniroute.media.boundary;

import com.omniroute.media.entity.MediaType;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The media types and their capacity policies. */
@Stateless
public class MediaTypeService {

  @PersistenceContext private EntityManager em;

  /** Every media type, lowest precedence (served first) first. */
  public List<MediaType> list() {
    return em.createNamedQuery(MediaType.FIND_ALL, MediaType.class).getResultList();
  }
}
